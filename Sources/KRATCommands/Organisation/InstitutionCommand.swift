import KRATCore
import KRATShell
import KRATStorage

/// `institution add name=NAME kind=CODE [municipality=NAME]`: records an institution that
/// takes part in the county's work (an NGO, a school directorate, a shelter).
public struct InstitutionCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `institution`.
    public var name: String { "institution" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Shton një institucion", en: "Adds an institution") }
    /// How to call it.
    public var usage: String { "institution add name=NAME kind=CODE [municipality=NAME]" }
    /// `add`.
    public var subcommands: [String] { ["add"] }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("institution add name=\"World Vision Durrës\" kind=ngo",
                        Label(sq: "një OJF anëtare e Tryezës Teknike", en: "an NGO that sits on the Technical Table")),
         CommandExample("institution add name=\"NJMF Shijak\" kind=child_protection_unit municipality=Shijak")]
    }

    /// Stores the institution, refusing a name already kept.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let (database, _) = try Recording.start(invocation, context: context, command: name, usage: usage,
                                                keys: ["add": ["name", "kind", "municipality"]], positionals: 1,
                                                action: "recording an institution")
        let county = database.scope.counties.first ?? .durres
        let kind = try Recording.coded(try Recording.required(invocation, "kind", command: name, usage: usage),
                                       InstitutionKind.self, key: "kind")
        var municipality: String?
        if let text = invocation.value("municipality") {
            guard let found = Municipality.named(text, in: county) else {
                throw .invalidArgument(key: "municipality", value: text,
                                       expected: "a municipality of \(county.name): "
                                       + county.municipalities.map(\.name).joined(separator: ", "))
            }
            municipality = found.code
        }
        let institution = Institution(name: try Recording.required(invocation, "name", command: name, usage: usage),
                                      kind: kind, county: county, municipalityCode: municipality)
        let what = "institution '\(institution.name)'"
        let stored = try storage(name) { () throws(StorageError) in
            try database.transaction("recording \(what)") {
                try Recording.check(RecordChecks.institution(institution, existing: try database.institutions()), what)
                return try database.insert(institution)
            }
        }
        return Recording.done(Label(sq: "U ruajt institucioni \(stored.id ?? 0): \(stored.name).",
                                    en: "Stored institution \(stored.id ?? 0): \(stored.name)."), context)
    }

    /// `kind=` values from the institution kinds, municipalities, then the keys.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.last == "kind=" { return InstitutionKind.codes.filter { $0.hasPrefix(partial) } }
        if arguments.isEmpty { return subcommands.filter { $0.hasPrefix(partial) } }
        return defaultCompletions(for: arguments, partial: partial, context: context)
    }
}
