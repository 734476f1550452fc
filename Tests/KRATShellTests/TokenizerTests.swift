import Testing
@testable import KRATShell

@Suite struct TokenizerTests {
    @Test func splitsOnSpacesAndHonoursQuotes() throws {
        let tokens = try Tokenizer.tokenize(#"export cases 'my file.csv' "Korçë e re"  x"#)
        #expect(tokens.map(\.text) == ["export", "cases", "my file.csv", "Korçë e re", "x"])
        #expect(tokens.map(\.column) == [1, 8, 14, 28, 42])
    }

    @Test func backslashEscapes() throws {
        #expect(try Tokenizer.tokenize(#"a\ b c\"d"#).map(\.text) == ["a b", #"c"d"#])
        #expect(try Tokenizer.tokenize(#""say \"hi\" \\ \n""#).map(\.text) == [#"say "hi" \ \n"#])
        #expect(try Tokenizer.tokenize(#"'no \escape'"#).map(\.text) == [#"no \escape"#])
        #expect(try Tokenizer.tokenize(#"'' """#).map(\.text) == ["", ""])
    }

    @Test func keyValueArguments() throws {
        let invocation = try Invocation(parsing: #"cases status=vt municipality="Korçë" 2023 "a=b" limit=5"#)
        #expect(invocation.commandWord == "cases")
        #expect(invocation.options.keys == ["status", "municipality", "limit"])
        #expect(invocation.options["municipality"] == "Korçë")
        #expect(invocation.positionals == ["2023", "a=b"])
        #expect(try invocation.integer("limit") == 5)
    }

    @Test func unterminatedQuoteNamesTheColumn() {
        #expect(throws: ShellError.unterminatedQuote(quote: "\"", column: 7)) {
            try Tokenizer.tokenize(#"cases "Korçë"#)
        }
        let message = ShellError.unterminatedQuote(quote: "'", column: 3).description
        #expect(message == "unterminated ' quote opened at column 3; close it with '")
        #expect(throws: ShellError.danglingEscape(column: 3)) { try Tokenizer.tokenize(#"ab\"#) }
    }

    @Test func duplicateAndInvalidArguments() throws {
        #expect(throws: ShellError.duplicateArgument(key: "sex")) { try Invocation(parsing: "cases sex=f sex=m") }
        let invocation = try Invocation(parsing: "cases limit=many period=2023-Q5")
        #expect(throws: ShellError.self) { try invocation.integer("limit") }
        #expect(throws: ShellError.self) { try invocation.period() }
        #expect(try Invocation(parsing: "cases period=2023-Q4").period() != nil)
    }
}
