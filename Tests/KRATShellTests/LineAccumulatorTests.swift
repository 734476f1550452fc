import Testing
@testable import KRATShell

@Suite struct LineAccumulatorTests {
    @Test func commandsAreOneLine() {
        var accumulator = LineAccumulator()
        #expect(accumulator.add("  .mode json ") == [".mode json"])
        #expect(accumulator.add("stats trend by=year") == ["stats trend by=year"])
        #expect(accumulator.add("") == [])
        #expect(accumulator.add("-- a comment") == [])
        #expect(!accumulator.isContinuing)
    }

    @Test func sqlContinuesUntilSemicolon() {
        var accumulator = LineAccumulator()
        #expect(accumulator.add("select status, count(*)") == [])
        #expect(accumulator.isContinuing)
        #expect(accumulator.add("  from cases") == [])
        #expect(accumulator.add("  group by status;") == ["select status, count(*)\n  from cases\n  group by status"])
        #expect(!accumulator.isContinuing)
    }

    @Test func semicolonInsideQuotesOrCommentsDoesNotEnd() {
        var accumulator = LineAccumulator()
        #expect(accumulator.add("SELECT 'a;b' AS x -- not; the end") == [])
        #expect(accumulator.add(#"FROM "t;1";"#) == ["SELECT 'a;b' AS x -- not; the end\nFROM \"t;1\""])
    }

    @Test func severalStatementsOnOneLineAndReset() {
        var accumulator = LineAccumulator()
        #expect(accumulator.add("WITH x AS (SELECT 1) SELECT * FROM x; select 2;") ==
                ["WITH x AS (SELECT 1) SELECT * FROM x", "select 2"])
        #expect(accumulator.add("select 'open") == [])
        accumulator.reset()
        #expect(!accumulator.isContinuing)
        #expect(accumulator.add(".help") == [".help"])
    }
}
