import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Dutch wording for the system errors a user can act on, instead of the English (or raw
/// NSError) text the C library and Foundation give.
enum DutchSystemError {
    /// "geen ruimte meer op het apparaat" for ENOSPC; a generic sentence with the number otherwise.
    static func dutch(_ error: Int32) -> String {
        switch error {
        case ENOSPC: "geen ruimte meer op het apparaat"
        case EDQUOT: "schijfquotum bereikt"
        case EFBIG: "bestand te groot"
        case EIO: "invoer-/uitvoerfout van het apparaat"
        case EPIPE: "de ontvanger heeft de pijp gesloten"
        case EBADF: "de uitvoer is gesloten"
        case EACCES, EPERM: "geen toestemming"
        case EROFS: "alleen-lezen bestandssysteem"
        case ENOENT: "bestaat niet"
        case ENOTDIR: "een deel van het pad is geen map"
        case EISDIR: "is een map"
        case ELOOP: "te veel symbolische koppelingen"
        case EEXIST: "is intussen vervangen door iets anders dan een gewoon bestand"
        case ENAMETOOLONG: "naam te lang"
        case ENXIO: "niemand leest aan de andere kant"
        case EAGAIN: "het apparaat is tijdelijk niet beschikbaar"
        default: "systeemfout \(error)"
        }
    }
}

extension DutchSystemError {
    /// The Dutch reason for a Foundation file error: its POSIX cause when it has one, never
    /// the raw English NSError text.
    static func dutch(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return dutch(Int32(truncatingIfNeeded: underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return dutch(Int32(truncatingIfNeeded: nsError.code)) }
        switch nsError.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return dutch(ENOENT)
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return dutch(EACCES)
        case NSFileWriteOutOfSpaceError: return dutch(ENOSPC)
        case NSFileWriteVolumeReadOnlyError: return dutch(EROFS)
        default: return "bestandsfout \(nsError.code)"
        }
    }
}
