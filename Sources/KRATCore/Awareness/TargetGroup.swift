import Foundation

/// A group of people an awareness activity addresses.
public enum TargetGroup: String, Coded {
    /// Pupils and students.
    case students = "students"
    /// Teachers.
    case teachers = "teachers"
    /// Parents.
    case parents = "parents"
    /// Children.
    case children = "children"
    /// Young people.
    case youth = "youth"
    /// The Roma and Egyptian community.
    case romaEgyptianCommunity = "roma_egyptian_community"
    /// Professionals (social workers, police, health staff).
    case professionals = "professionals"
    /// The general public.
    case `public` = "public"
    /// Any other group.
    case other = "other"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .students: Label(sq: "Nxënës dhe studentë", en: "Students")
        case .teachers: Label(sq: "Mësues", en: "Teachers")
        case .parents: Label(sq: "Prindër", en: "Parents")
        case .children: Label(sq: "Fëmijë", en: "Children")
        case .youth: Label(sq: "Të rinj", en: "Youth")
        case .romaEgyptianCommunity: Label(sq: "Komuniteti rom dhe egjiptian", en: "Roma and Egyptian community")
        case .professionals: Label(sq: "Profesionistë", en: "Professionals")
        case .public: Label(sq: "Publiku i gjerë", en: "General public")
        case .other: Label(sq: "Tjetër", en: "Other")
        }
    }
}
