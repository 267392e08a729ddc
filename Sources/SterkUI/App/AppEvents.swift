import SterkStore

/// The events the dashboard and the presentation take: the kernel's, with store answers as app messages.
public typealias InputEvent = ProgramEvent<StoreResult>
/// The effects they ask for: the kernel's, with store commands as app requests.
public typealias Effect = ProgramEffect<StoreCommand>

extension ProgramEvent where Message == StoreResult {
    /// The outcome of an `Effect.store`, fed back by the runner's store handler.
    public static func storeResult(_ result: StoreResult) -> Self { .app(result) }
}

extension ProgramEffect where Request == StoreCommand {
    /// Ask the werkbezoek store for something; the handler answers with `.storeResult`.
    public static func store(_ command: StoreCommand) -> Self { .app(command) }
}
