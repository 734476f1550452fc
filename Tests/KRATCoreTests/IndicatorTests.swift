import Testing
import KRATCore

private func day(_ text: String) -> Day { Day(iso: text)! }
private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

/// Plan start 2024-01-01, target 2024-04-10: 31 + 29 + 31 + 9 = 100 days apart (2024 is a leap year).
/// 2024-01-26 is 25 days in, 2024-02-20 is 31 + 19 = 50, 2024-03-01 is 31 + 29 = 60.
@Suite("Indicators and progress")
struct IndicatorTests {
    let start = day("2024-01-01")

    var trained: Indicator {
        Indicator(id: 5, objectiveID: 1, name: "Punonjës publikë të trajnuar", unit: "persona",
                  baseline: 10, target: 110, targetDate: day("2024-04-10"),
                  direction: .higherIsBetter, accumulation: .cumulative)
    }

    var streetChildren: Indicator {
        Indicator(id: 6, objectiveID: 1, name: "Fëmijë në situatë rruge", unit: "fëmijë",
                  baseline: 40, target: 20, targetDate: day("2024-04-10"),
                  direction: .lowerIsBetter, accumulation: .level)
    }

    @Test func codes() {
        #expect(IndicatorDirection.codes == ["higher_is_better", "lower_is_better"])
        #expect(IndicatorAccumulation.codes == ["cumulative", "level"])
    }

    @Test func expectedValueIsProRatedLinearly() {
        #expect(trained.expectedValue(asOf: day("2023-12-15"), startingOn: start) == 10)
        #expect(trained.expectedValue(asOf: start, startingOn: start) == 10)
        #expect(trained.expectedValue(asOf: day("2024-01-26"), startingOn: start) == 35)  // 10 + 100 × 25/100
        #expect(trained.expectedValue(asOf: day("2024-02-20"), startingOn: start) == 60)  // 10 + 100 × 50/100
        #expect(trained.expectedValue(asOf: day("2024-04-10"), startingOn: start) == 110)
        #expect(trained.expectedValue(asOf: day("2024-12-31"), startingOn: start) == 110)
        #expect(streetChildren.expectedValue(asOf: day("2024-02-20"), startingOn: start) == 30) // 40 − 20 × 50/100
        #expect(streetChildren.expectedValue(asOf: day("2024-03-01"), startingOn: start) == 28) // 40 − 20 × 60/100
    }

    @Test func cumulativeValueAddsEndedPeriodsToBaseline() {
        let ms = [
            IndicatorMeasurement(indicatorID: 5, period: .month(1, of: 2024), value: 30),
            IndicatorMeasurement(indicatorID: 5, period: .month(2, of: 2024), value: 40),
            IndicatorMeasurement(indicatorID: 9, period: .month(1, of: 2024), value: 1000),
        ]
        #expect(trained.value(asOf: day("2024-01-30"), measurements: ms) == 10)
        #expect(trained.value(asOf: day("2024-02-20"), measurements: ms) == 40)   // 10 + 30
        #expect(trained.value(asOf: day("2024-03-01"), measurements: ms) == 80)   // 10 + 30 + 40
        // On 2024-02-20: 40 reached, 60 expected.
        #expect(!trained.isOnTrack(asOf: day("2024-02-20"), startingOn: start, measurements: ms))
        // On 2024-03-01: 80 reached, 70 expected (10 + 100 × 60/100).
        #expect(trained.isOnTrack(asOf: day("2024-03-01"), startingOn: start, measurements: ms))
        #expect(trained.progress(asOf: day("2024-03-01"), measurements: ms) == 0.7) // (80 − 10) / 100
        #expect(!trained.isAchieved(asOf: day("2024-12-31"), measurements: ms))
    }

    @Test func levelValueIsTheLatestMeasurement() {
        let ms = [
            IndicatorMeasurement(indicatorID: 6, period: .month(2, of: 2024), value: 28),
            IndicatorMeasurement(indicatorID: 6, period: .month(1, of: 2024), value: 35),
        ]
        #expect(streetChildren.value(asOf: day("2024-01-15"), measurements: ms) == 40)
        #expect(streetChildren.value(asOf: day("2024-02-20"), measurements: ms) == 35)
        #expect(streetChildren.value(asOf: day("2024-03-01"), measurements: ms) == 28)
        // 2024-02-20: 35 reached, 30 expected, lower is better: behind.
        #expect(!streetChildren.isOnTrack(asOf: day("2024-02-20"), startingOn: start, measurements: ms))
        // 2024-03-01: 28 reached, 28 expected: on track.
        #expect(streetChildren.isOnTrack(asOf: day("2024-03-01"), startingOn: start, measurements: ms))
        #expect(!streetChildren.isAchieved(asOf: day("2024-03-01"), measurements: ms))
        let achieved = ms + [IndicatorMeasurement(indicatorID: 6, period: .month(3, of: 2024), value: 18)]
        #expect(streetChildren.isAchieved(asOf: day("2024-04-01"), measurements: achieved))
        #expect(streetChildren.progress(asOf: day("2024-04-01"), measurements: achieved) == 1.1) // (18 − 40) / (−20)
    }

    @Test func validIndicator() {
        #expect(trained.validate().isEmpty)
        #expect(streetChildren.validate().isEmpty)
    }

    @Test func targetMustImproveInTheStatedDirection() {
        var up = trained
        up.target = 10
        #expect(fields(up.validate()) == ["target"])
        var down = streetChildren
        down.target = 45
        #expect(fields(down.validate()) == ["target"])
    }

    @Test func blankNameAndUnit() {
        var i = trained
        i.name = ""
        i.unit = " "
        #expect(fields(i.validate()) == ["name", "unit"])
    }

    @Test func numbersMustBeFinite() {
        var i = trained
        i.baseline = .nan
        #expect(fields(i.validate()) == ["baseline"])
        i = trained
        i.target = .infinity
        #expect(fields(i.validate()) == ["target"])
    }

    @Test func measurementValueMustBeFinite() {
        #expect(IndicatorMeasurement(indicatorID: 1, period: .year(2024), value: 3).validate().isEmpty)
        #expect(fields(IndicatorMeasurement(indicatorID: 1, period: .year(2024), value: .nan).validate()) == ["value"])
        #expect(fields(IndicatorMeasurement(indicatorID: 1, period: .year(2024), value: -.infinity).validate()) == ["value"])
    }
}
