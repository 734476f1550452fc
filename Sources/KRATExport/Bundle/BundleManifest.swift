import KRATCore

/// The contents of `bundle.json` in a National Coordinator bundle.
///
/// Encoded with sorted, snake_case keys and ISO days (`YYYY-MM-DD`), so the same calendar
/// always gives the same bytes. `format` is `krat-coordinator-bundle`, `format_version` 1.
public struct BundleManifest: Sendable, Hashable, Codable {
    /// Always `krat-coordinator-bundle`.
    public var format = "krat-coordinator-bundle"
    /// The version of this layout.
    public var formatVersion = 1
    /// The county whose calendar it is.
    public var county: NamedCode
    /// The period covered.
    public var period: PeriodRange
    /// The day the bundle was made.
    public var generatedOn: Day
    /// The activities of the period, by date.
    public var activities: [Activity]
    /// Photos left out (only when the bundle was asked to list them instead of failing).
    public var missingPhotos: [MissingPhoto]
    /// `true` when the database holds generated sample data, not a county's real records
    /// (`sample_data` in the JSON); absent otherwise.
    public var sampleData: Bool?

    /// A code with its name.
    public struct NamedCode: Sendable, Hashable, Codable {
        /// The stable code.
        public var code: String
        /// The name shown to people.
        public var name: String
    }

    /// A period as its first and last day.
    public struct PeriodRange: Sendable, Hashable, Codable {
        /// The period as written (`2023-10`, `2023-Q4`, `2023-01-01..2023-06-30`).
        public var label: String
        /// Its first day.
        public var from: Day
        /// Its last day.
        public var to: Day
    }

    /// One awareness activity with its notices and report.
    public struct Activity: Sendable, Hashable, Codable {
        /// The stored id.
        public var id: Int64?
        /// The title.
        public var title: String
        /// The theme.
        public var theme: String
        /// The day it takes place.
        public var date: Day
        /// The municipality, if recorded.
        public var municipality: NamedCode?
        /// The place.
        public var place: String
        /// The organising institution (code: its id).
        public var organiser: NamedCode
        /// Whether it is part of the national calendar.
        public var nationalCalendar: Bool
        /// Whether it was cancelled.
        public var cancelled: Bool
        /// The target groups' codes.
        public var targetGroups: [String]
        /// The notices sent.
        public var notices: [ActivityNotice]
        /// The rules' status as of the bundle's day: codes of ``NoticeStatus`` and ``ReportStatus``.
        public var noticeStatus: String
        /// Whether the date changed without a new notice.
        public var changedWithoutNotice: Bool
        /// The report's status code.
        public var reportStatus: String
        /// The after-activity report, if sent.
        public var report: Report?
    }

    /// The after-activity report: purpose, theme, participants by group, photos.
    public struct Report: Sendable, Hashable, Codable {
        /// The day it was sent.
        public var sentOn: Day
        /// The purpose.
        public var purpose: String
        /// The theme.
        public var theme: String
        /// Participants by group code.
        public var participants: [Participants]
        /// All participants.
        public var totalParticipants: Int
        /// The photos.
        public var photos: [Photo]
    }

    /// How many of one group took part.
    public struct Participants: Sendable, Hashable, Codable {
        /// The ``TargetGroup`` code.
        public var group: String
        /// How many.
        public var count: Int
    }

    /// A photo of a report.
    public struct Photo: Sendable, Hashable, Codable {
        /// The file name in the report.
        public var fileName: String
        /// The SHA-256 of its bytes, 64 lowercase hexadecimal characters.
        public var sha256: String
        /// Its path inside the archive (`photos/12/DR-….jpg`); nil when it was left out.
        public var path: String?
        /// Its size in bytes; nil when it was left out.
        public var bytes: Int?
    }

    /// A photo that was not put in the bundle, and why.
    public struct MissingPhoto: Sendable, Hashable, Codable {
        /// The activity's id.
        public var activityId: Int64?
        /// The file name in the report.
        public var fileName: String
        /// `missing`, `checksum_mismatch` or `unreadable`.
        public var problem: String
    }
}
