import KRATCore

/// An objective of the sample action plans, with its activities and its indicator.
struct ObjectiveTemplate: Sendable {
    let pillar: Pillar
    let title: String
    let activities: [String]
    let indicator: IndicatorTemplate
    let responsible: @Sendable (Roster) -> [Int64]
}

/// The shape of a sample indicator; its numbers are drawn per plan.
struct IndicatorTemplate: Sendable {
    let name: String
    let unit: String
    let direction: IndicatorDirection
    let accumulation: IndicatorAccumulation
    let baseline: ClosedRange<Int>
    let change: ClosedRange<Int>

    /// An indicator for a year's plan, due on 31 December, that improves on its baseline.
    func indicator(objectiveID: Int64, year: Int, using random: inout SeededGenerator) -> Indicator {
        let start = Double(random.int(in: baseline))
        let delta = Double(random.int(in: change))
        return Indicator(objectiveID: objectiveID, name: name, unit: unit, baseline: start,
                         target: direction == .higherIsBetter ? start + delta : max(0, start - delta),
                         targetDate: Period.year(year).end, direction: direction, accumulation: accumulation)
    }
}

extension SampleTexts {
    /// The sample plan's objectives, at least one under each of the four pillars.
    static let objectives: [ObjectiveTemplate] = [
        ObjectiveTemplate(
            pillar: .prosecution, title: "Forcimi i bashkëpunimit për hetimin e rasteve të trafikimit",
            activities: ["Takime të përbashkëta policia–prokuroria", "Shkëmbimi i informacionit për rastet"],
            indicator: IndicatorTemplate(name: "Raste të referuara në prokurori", unit: "raste", direction: .higherIsBetter,
                                         accumulation: .cumulative, baseline: 0...0, change: 4...12),
            responsible: { [$0.police, $0.prosecution, $0.borderPolice] }),
        ObjectiveTemplate(
            pillar: .protection, title: "Ndihmë juridike për VT/VMT",
            activities: ["Marrëveshje me ofruesit e ndihmës juridike", "Informimi i VT/VMT për të drejtat e tyre"],
            indicator: IndicatorTemplate(name: "VT/VMT që marrin ndihmë juridike", unit: "persona", direction: .higherIsBetter,
                                         accumulation: .cumulative, baseline: 0...0, change: 6...20),
            responsible: { [$0.socialService, $0.ngos.last ?? $0.socialService].uniqued() }),
        ObjectiveTemplate(
            pillar: .protection, title: "Fuqizimi ekonomik i VT/VMT nëpërmjet tregut të punës",
            activities: ["Vlerësimi i punësueshmërisë", "Kurse të formimit profesional"],
            indicator: IndicatorTemplate(name: "VT/VMT të punësuar", unit: "persona", direction: .higherIsBetter,
                                         accumulation: .cumulative, baseline: 0...0, change: 3...10),
            responsible: { [$0.employment, $0.socialService, $0.shelter] }),
        ObjectiveTemplate(
            pillar: .coordination, title: "Trajnimi i punonjësve publikë për identifikimin e VT/VMT",
            activities: ["Trajnim për punonjësit e NJMF-ve", "Trajnim për policinë dhe mësuesit"],
            indicator: IndicatorTemplate(name: "Punonjës publikë të trajnuar", unit: "persona", direction: .higherIsBetter,
                                         accumulation: .cumulative, baseline: 0...0, change: 40...120),
            responsible: { [$0.prefecture, $0.socialService] + $0.childProtection.map(\.id) }),
        ObjectiveTemplate(
            pillar: .prevention, title: "Ndërgjegjësimi i publikut",
            activities: ["Kalendari i aktiviteteve ndërgjegjësuese", "Fushata në shkolla gjatë Muajit Antitrafik"],
            indicator: IndicatorTemplate(name: "Aktivitete ndërgjegjësuese të realizuara", unit: "aktivitete",
                                         direction: .higherIsBetter, accumulation: .cumulative, baseline: 0...0,
                                         change: 15...30),
            responsible: { [$0.prefecture, $0.education] + $0.ngos }),
        ObjectiveTemplate(
            pillar: .prevention, title: "Ulja e numrit të fëmijëve në situatë rruge",
            activities: ["Monitorim gjatë sezonit turistik", "Pjesëmarrja e fëmijëve në vendimmarrje"],
            indicator: IndicatorTemplate(name: "Fëmijë në situatë rruge", unit: "fëmijë", direction: .lowerIsBetter,
                                         accumulation: .level, baseline: 25...50, change: 8...15),
            responsible: { $0.childProtection.map(\.id) + [$0.police] }),
    ]
}

extension Array where Element: Hashable {
    /// The elements without repeats, in order of first appearance.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
