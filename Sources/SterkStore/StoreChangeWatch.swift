/// A store that can say cheaply whether someone else changed it, so an open dashboard (a
/// lobby screen) shows changes made elsewhere without a key press.
public protocol StoreChangeWatch: AnyObject {
    /// A value that differs after any other connection or process committed a change.
    /// Called on every dashboard tick: must cost no more than a look at shared memory or a flag.
    func changeToken() throws(StoreError) -> Int64
}
