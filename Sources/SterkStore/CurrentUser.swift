import Foundation

/// Who is making a change, for the history when no name is given explicitly.
public enum CurrentUser {
    /// The login name of the effective user, else $USER / $LOGNAME, else "onbekend".
    public static func name(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let entry = getpwuid(geteuid()), let login = entry.pointee.pw_name {
            let name = String(cString: login)
            if !name.isEmpty { return name }
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? DutchHistory.unknownActor
    }
}
