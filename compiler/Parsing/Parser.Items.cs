using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Parsing;

// Items and blocks. Which items a block allows is checked by the binder, so every item parses anywhere.
internal sealed partial class Parser
{
    private CompilationUnitSyntax ParseCompilationUnit()
    {
        var members = ParseItems(insideBlock: false);
        return new CompilationUnitSyntax(members, Current);
    }

    private ImmutableArray<ItemSyntax> ParseItems(bool insideBlock)
    {
        var items = ImmutableArray.CreateBuilder<ItemSyntax>();
        while (Current.Kind != SyntaxKind.EndOfFile && !(insideBlock && Current.Kind == SyntaxKind.CloseBrace))
        {
            var before = _index;
            items.Add(ParseItem());
            if (_index == before)
            {
                // Defensive: every item rule consumes a token; never loop without progress.
                items.Add(SkipRun(null));
            }
        }
        return items.ToImmutable();
    }

    private BlockSyntax ParseBlock(string owner)
    {
        if (Current.Kind != SyntaxKind.OpenBrace)
        {
            Report(DiagnosticCatalog.ExpectedToken(MissingLocation(), "`{`", DescribeCurrent()));
            return new BlockSyntax(Missing(SyntaxKind.OpenBrace), [], Missing(SyntaxKind.CloseBrace));
        }
        if (_depth >= MaxDepth)
        {
            var open = Missing(SyntaxKind.OpenBrace);
            ItemSyntax skipped = SkipTooDeep();
            return new BlockSyntax(open, [skipped], Missing(SyntaxKind.CloseBrace));
        }
        var openBrace = Next();
        _depth++;
        var outer = _shape;
        var space = owner.IndexOf(' ', StringComparison.Ordinal);
        _shape = LanguageSchema.Of(space < 0 ? owner : owner[..space]);
        var items = ParseItems(insideBlock: true);
        _shape = outer;
        _depth--;
        SyntaxToken closeBrace;
        if (Current.Kind == SyntaxKind.CloseBrace)
        {
            closeBrace = Next();
        }
        else
        {
            Report(DiagnosticCatalog.UnclosedBlock(MissingLocation(), owner));
            closeBrace = Missing(SyntaxKind.CloseBrace);
        }
        return new BlockSyntax(openBrace, items, closeBrace);
    }

    private ItemSyntax ParseItem()
    {
        var token = Current;
        if (token.Kind != SyntaxKind.Identifier)
        {
            var diagnostic = token.Kind == SyntaxKind.Bad ? null : DiagnosticCatalog.UnexpectedToken(CurrentLocation(), token.Text);
            return SkipRun(diagnostic);
        }
        var next = PeekToken(1);
        if (next.Kind is SyntaxKind.Dot or SyntaxKind.Equals)
        {
            return ParseAssignment();
        }
        switch (token.Text)
        {
            case "policy":
            case "pack":
                return ParsePolicy();
            case "use":
                return ParseUse();
            case "guard":
                return ParseGuard();
            case "judge":
                return PeekToken(2).IsKeyword("returns") ? ParseJudgeStub() : ParseJudge();
            case "review":
                return next.IsKeyword("all") && PeekToken(2).IsKeyword("outputs") ? ParseReviewAllOutputs() : ParseReview();
            case "breaker":
                return ParseBreaker();
            case "limit":
                return ParseLimit();
            case "count":
                return ParseCount();
            case "max" when next.IsKeyword("depth"):
                return new MaxDepthSyntax(Next(), Next(), ParseExpression());
            case "max":
                return ParseLimitMax();
            case "send":
                return ParseSend();
            case "wait":
                return ParseWait();
            case "tool":
                return ParseTool();
            case "agent":
                return ParseAgent();
            case "intent":
                return new IntentDeclarationSyntax(Next(), ParseBlock("intent"));
            case "workflow":
                return ParseWorkflow();
            case "pace":
                return next.Kind == SyntaxKind.Identifier ? ParseAction() : ParsePace();
            case "test":
                return ParseTest();
            case "when":
                return ParseWhen();
            case "maps":
                return ParseMaps();
            case "block" or "flag" or "allow" or "halt" or "escalate" or "redact":
                return ParseAction();
            case "on":
                return ParseOn();
            case "trip":
                return ParseTrip();
            case "args":
                return ParseArgs();
            case "context" when next.Kind == SyntaxKind.OpenBrace:
                return ParseContext();
            case "delegates":
                return ParseDelegates();
            case "expect":
                return ParseExpect();
            case "judges" or "enforce":
                return ParsePaceAction();
            case "tools" when next.Kind == SyntaxKind.Identifier:
                return ParsePaceAction();
            case "respond":
                return ParseRespond();
            case "after":
                return ParseSequence();
            case "isolate" or "read_only" or "handover":
                return new AgentActionSyntax(Next(), ExpectIdentifier("an agent name"));
        }
        if (LanguageSchema.PaceLevels.Contains(token.Text))
        {
            return ParsePaceState();
        }
        if (LanguageSchema.SettingKeywords.Contains(token.Text))
        {
            return ParseSetting();
        }
        if (LanguageSchema.FlagKeywords.Contains(token.Text))
        {
            return new FlagSettingSyntax(Next());
        }
        var suggestions = _shape is null ? null : EditDistance.Suggest(token.Text, _shape.Keywords);
        return SkipRun(DiagnosticCatalog.UnknownItem(CurrentLocation(), token.Text, suggestions));
    }

    private static string Owner(SyntaxToken keyword, SyntaxToken? name) =>
        name is null || name.IsMissing ? keyword.Text : $"{keyword.Text} {name.Text}";

    private PolicyDeclarationSyntax ParsePolicy()
    {
        var keyword = Next();
        var name = ParseQualifiedName(keyword.Text == "pack" ? "a pack name" : "a policy name");
        var owner = name.Parts.Any(part => part.IsMissing) ? keyword.Text : $"{keyword.Text} {name.Text}";
        return new PolicyDeclarationSyntax(keyword, name, ParseBlock(owner));
    }

    private QualifiedNameSyntax ParseQualifiedName(string description)
    {
        var parts = ImmutableArray.CreateBuilder<SyntaxToken>();
        var dots = ImmutableArray.CreateBuilder<SyntaxToken>();
        parts.Add(ExpectIdentifier(description));
        while (Current.Kind == SyntaxKind.Dot)
        {
            dots.Add(Next());
            parts.Add(ExpectIdentifier("a name after `.`"));
        }
        return new QualifiedNameSyntax(new SeparatedSyntaxList<SyntaxToken>(parts.ToImmutable(), dots.ToImmutable()));
    }

    private UseItemSyntax ParseUse()
    {
        var keyword = Next();
        if (Current.Kind == SyntaxKind.String)
        {
            return new UseItemSyntax(keyword, null, Next());
        }
        return new UseItemSyntax(keyword, ParseQualifiedName("a pack name or a file path"), null);
    }

    private GuardDeclarationSyntax ParseGuard()
    {
        var keyword = Next();
        var name = ExpectIdentifier("a guard name");
        var on = ExpectKeyword("on");
        var stage = ExpectIdentifier("a stage");
        return new GuardDeclarationSyntax(keyword, name, on, stage, ParseBlock(Owner(keyword, name)));
    }

    private JudgeDeclarationSyntax ParseJudge()
    {
        var keyword = Next();
        var name = ExpectIdentifier("a judge name");
        var on = ExpectKeyword("on");
        var stage = ExpectIdentifier("a stage");
        return new JudgeDeclarationSyntax(keyword, name, on, stage, ParseBlock(Owner(keyword, name)));
    }

    private JudgeStubSyntax ParseJudgeStub()
    {
        var keyword = Next();
        var name = ExpectIdentifier("a judge name");
        var returns = ExpectKeyword("returns");
        var result = ExpectIdentifier("a judge result (`pass`, `fail`, `error`, `timeout` or `uncertain`)");
        return new JudgeStubSyntax(keyword, name, returns, result);
    }

    private ReviewDeclarationSyntax ParseReview()
    {
        var keyword = Next();
        var name = ExpectIdentifier("a review name");
        return new ReviewDeclarationSyntax(keyword, name, ParseBlock(Owner(keyword, name)));
    }

    private BreakerDeclarationSyntax ParseBreaker()
    {
        var keyword = Next();
        var name = ExpectIdentifier("a breaker name");
        return new BreakerDeclarationSyntax(keyword, name, ParseBlock(Owner(keyword, name)));
    }

    private ToolDeclarationSyntax ParseTool()
    {
        var keyword = Next();
        var name = ExpectString("a tool name in quotes");
        return new ToolDeclarationSyntax(keyword, name, ParseBlock(Owner(keyword, name)));
    }

    private AgentDeclarationSyntax ParseAgent()
    {
        var keyword = Next();
        var name = ExpectIdentifier("an agent name");
        return new AgentDeclarationSyntax(keyword, name, ParseBlock(Owner(keyword, name)));
    }

    private WorkflowDeclarationSyntax ParseWorkflow()
    {
        var keyword = Next();
        var name = ExpectIdentifier("a workflow name");
        return new WorkflowDeclarationSyntax(keyword, name, ParseBlock(Owner(keyword, name)));
    }

    private PaceDeclarationSyntax ParsePace()
    {
        var keyword = Next();
        return new PaceDeclarationSyntax(keyword, ParseBlock(keyword.Text));
    }

    private TestDeclarationSyntax ParseTest()
    {
        var keyword = Next();
        var name = ExpectString("a test name in quotes");
        var on = OptionalKeyword("on");
        var stage = on is null ? null : ExpectIdentifier("a stage");
        return new TestDeclarationSyntax(keyword, name, on, stage, ParseBlock(Owner(keyword, name)));
    }

    private PaceStateSyntax ParsePaceState()
    {
        var level = Next();
        SyntaxToken? when = null;
        PaceConditionSyntax? condition = null;
        SyntaxToken? manual = null;
        if (Current.IsKeyword("when"))
        {
            when = Next();
            condition = ParsePaceCondition();
        }
        else if (Current.IsKeyword("manual"))
        {
            manual = Next();
        }
        return new PaceStateSyntax(level, when, condition, manual, ParseBlock(level.Text));
    }

    private PaceConditionSyntax ParsePaceCondition()
    {
        var triggers = ImmutableArray.CreateBuilder<PaceTriggerSyntax>();
        var separators = ImmutableArray.CreateBuilder<SyntaxToken>();
        triggers.Add(ParsePaceTrigger());
        while (Current.Kind == SyntaxKind.OrKeyword)
        {
            separators.Add(Next());
            triggers.Add(ParsePaceTrigger());
        }
        return new PaceConditionSyntax(new SeparatedSyntaxList<PaceTriggerSyntax>(triggers.ToImmutable(), separators.ToImmutable()));
    }

    private PaceTriggerSyntax ParsePaceTrigger()
    {
        if (Current.IsKeyword("judge"))
        {
            var judge = Next();
            if (Current.Kind == SyntaxKind.Dot)
            {
                var dot = Next();
                return new JudgeFailingTriggerSyntax(judge, dot, null, ExpectKeyword("failing"));
            }
            var name = ExpectIdentifier("a judge name or `.failing`");
            return new JudgeFailingTriggerSyntax(judge, null, name, ExpectKeyword("failing"));
        }
        if (Current.IsKeyword("breaker"))
        {
            var breaker = Next();
            var name = ExpectIdentifier("a breaker name");
            return new BreakerOpenTriggerSyntax(breaker, name, ExpectKeyword("open"));
        }
        Report(DiagnosticCatalog.ExpectedPaceTrigger(MissingLocation(), DescribeCurrent()));
        return new JudgeFailingTriggerSyntax(Missing(SyntaxKind.Identifier), Missing(SyntaxKind.Dot), null, Missing(SyntaxKind.Identifier));
    }

    private WhenSyntax ParseWhen()
    {
        var keyword = Next();
        return new WhenSyntax(keyword, ParseExpression());
    }

    private MapsSyntax ParseMaps()
    {
        var keyword = Next();
        var references = ImmutableArray.CreateBuilder<StandardRefSyntax>();
        var commas = ImmutableArray.CreateBuilder<SyntaxToken>();
        references.Add(ParseStandardRef());
        while (Current.Kind == SyntaxKind.Comma)
        {
            commas.Add(Next());
            references.Add(ParseStandardRef());
        }
        return new MapsSyntax(keyword, new SeparatedSyntaxList<StandardRefSyntax>(references.ToImmutable(), commas.ToImmutable()));
    }

    private StandardRefSyntax ParseStandardRef()
    {
        var parts = ImmutableArray.CreateBuilder<SyntaxToken>();
        var dots = ImmutableArray.CreateBuilder<SyntaxToken>();
        parts.Add(ExpectIdentifier("a standard reference such as `owasp.llm01`"));
        while (Current.Kind == SyntaxKind.Dot)
        {
            dots.Add(Next());
            parts.Add(Current.Kind == SyntaxKind.Number ? Next() : ExpectIdentifier("a name or number after `.`"));
        }
        return new StandardRefSyntax(new SeparatedSyntaxList<SyntaxToken>(parts.ToImmutable(), dots.ToImmutable()));
    }

    private ActionSyntax ParseAction()
    {
        switch (Current.Text)
        {
            case "block" or "flag" when Current.Kind == SyntaxKind.Identifier:
                var keyword = Next();
                var message = Current.Kind is SyntaxKind.String or SyntaxKind.TextBlock ? Next() : null;
                return new MessageActionSyntax(keyword, message);
            case "allow" or "halt" when Current.Kind == SyntaxKind.Identifier:
                return new SimpleActionSyntax(Next());
            case "escalate" when Current.Kind == SyntaxKind.Identifier:
                return new EscalateActionSyntax(Next(), ExpectIdentifier("a review name"));
            case "redact" when Current.Kind == SyntaxKind.Identifier:
                var redact = Next();
                var target = ParseExpression();
                var with = ExpectKeyword("with");
                return new RedactActionSyntax(redact, target, with, ParseExpression());
            case "pace" when Current.Kind == SyntaxKind.Identifier:
                return new PaceTransitionSyntax(Next(), ExpectIdentifier("a PACE level"));
        }
        Report(DiagnosticCatalog.ExpectedAction(MissingLocation(), DescribeCurrent()));
        return new MessageActionSyntax(Missing(SyntaxKind.Identifier), null);
    }

    private OnSyntax ParseOn()
    {
        var keyword = Next();
        var @event = ExpectIdentifier("an event (`fail`, `error` or `expiry`)");
        return new OnSyntax(keyword, @event, ParseAction());
    }

    private TripSyntax ParseTrip()
    {
        var trip = Next();
        var when = ExpectKeyword("when");
        var counter = ExpectIdentifier("a counter such as `blocked`");
        SyntaxToken comparison;
        if (SyntaxFacts.IsComparisonOperator(Current.Kind))
        {
            comparison = Next();
        }
        else
        {
            Report(DiagnosticCatalog.ExpectedToken(MissingLocation(), "a comparison such as `>=`", DescribeCurrent()));
            comparison = Missing(SyntaxKind.GreaterEquals);
        }
        var threshold = ParseExpression();
        var within = ExpectKeyword("within");
        var window = ParseExpression();
        var per = OptionalKeyword("per");
        var key = per is null ? null : ExpectIdentifier("what to count per, such as `user`");
        return new TripSyntax(trip, when, counter, comparison, threshold, within, window, per, key);
    }

    private LimitDeclarationSyntax ParseLimit()
    {
        var keyword = Next();
        var name = ExpectIdentifier("a limit name");
        return new LimitDeclarationSyntax(keyword, name, ParseBlock(Owner(keyword, name)));
    }

    /// <summary><c>count requests</c>, <c>count tool_calls of "x"</c>, <c>count sum amount of "x"</c>.</summary>
    private CountSyntax ParseCount()
    {
        var keyword = Next();
        var measure = ExpectIdentifier("what to count: `requests`, `tokens`, `cost`, `tool_calls` or `sum`");
        var argument = measure.Text == "sum" ? ExpectIdentifier("the number argument to sum, as in `count sum amount of \"orders.refund\"`") : null;
        SyntaxToken? of = null, tool = null;
        if (argument is not null || (Current.IsKeyword("of") && !CurrentStartsLine))
        {
            of = ExpectKeyword("of");
            tool = ExpectString("a tool name in quotes");
        }
        return new CountSyntax(keyword, measure, argument, of, tool);
    }

    /// <summary><c>max 60 within 1m per user</c></summary>
    private LimitMaxSyntax ParseLimitMax()
    {
        var keyword = Next();
        var amount = ParseExpression();
        var within = ExpectKeyword("within");
        var window = ParseExpression();
        var per = OptionalKeyword("per");
        var key = per is null ? null : ExpectIdentifier("what to count per: `user`, `session`, `agent` or `global`");
        return new LimitMaxSyntax(keyword, amount, within, window, per, key);
    }

    /// <summary><c>send</c>, <c>send 60</c>, <c>send on output</c>, <c>send 2 on output</c>: the count and stage are on its line.</summary>
    private SendSyntax ParseSend()
    {
        var keyword = Next();
        var count = Current.Kind == SyntaxKind.Number && !CurrentStartsLine ? Next() : null;
        var on = Current.IsKeyword("on") && !CurrentStartsLine ? Next() : null;
        var stage = on is null ? null : ExpectIdentifier("a stage");
        return new SendSyntax(keyword, count, on, stage);
    }

    private WaitSyntax ParseWait()
    {
        var keyword = Next();
        return new WaitSyntax(keyword, ParseExpression());
    }

    /// <summary><c>after "tool" (same arg, arg)? within 30m (per session|chain)?</c></summary>
    private SequenceSyntax ParseSequence()
    {
        var after = Next();
        var tool = ExpectString("a tool name in quotes");
        var same = OptionalKeyword("same");
        var arguments = ImmutableArray.CreateBuilder<SyntaxToken>();
        var commas = ImmutableArray.CreateBuilder<SyntaxToken>();
        if (same is not null)
        {
            arguments.Add(ExpectIdentifier("an argument name"));
            while (Current.Kind == SyntaxKind.Comma)
            {
                commas.Add(Next());
                arguments.Add(ExpectIdentifier("an argument name"));
            }
        }
        var within = ExpectKeyword("within");
        var window = ParseExpression();
        var per = OptionalKeyword("per");
        var scope = per is null ? null : ExpectIdentifier("`session` or `chain`");
        return new SequenceSyntax(after, tool, same, new SeparatedSyntaxList<SyntaxToken>(arguments.ToImmutable(), commas.ToImmutable()), within, window, per, scope);
    }

    private ArgsSyntax ParseArgs()
    {
        var keyword = Next();
        var open = Expect(SyntaxKind.OpenBrace);
        if (open.IsMissing)
        {
            return new ArgsSyntax(keyword, open, SeparatedSyntaxList<ArgDeclarationSyntax>.Empty, Missing(SyntaxKind.CloseBrace));
        }
        var arguments = ParseSeparated(SyntaxKind.CloseBrace, () => Current.Kind == SyntaxKind.Identifier, ParseArgDeclaration);
        return new ArgsSyntax(keyword, open, arguments, Expect(SyntaxKind.CloseBrace));
    }

    private ArgDeclarationSyntax ParseArgDeclaration()
    {
        var name = Next();
        var question = Current.Kind == SyntaxKind.Question ? Next() : null;
        var colon = Expect(SyntaxKind.Colon);
        var type = ParseType();
        return new ArgDeclarationSyntax(name, question, colon, type, ParseValueRules());
    }

    private ContextSyntax ParseContext()
    {
        var keyword = Next();
        var open = Next();
        var attributes = ParseSeparated(SyntaxKind.CloseBrace, () => Current.Kind == SyntaxKind.Identifier, ParseAttributeDeclaration);
        return new ContextSyntax(keyword, open, attributes, Expect(SyntaxKind.CloseBrace));
    }

    private AttributeDeclarationSyntax ParseAttributeDeclaration()
    {
        var name = ParseQualifiedName("an attribute such as `user.email`");
        var question = Current.Kind == SyntaxKind.Question ? Next() : null;
        var colon = Expect(SyntaxKind.Colon);
        var type = ParseType();
        return new AttributeDeclarationSyntax(name, question, colon, type, ParseValueRules());
    }

    /// <summary>
    /// Rules after a declared type, on its line: <c>min 0</c>, <c>max 5</c>, <c>pattern /re/</c>, <c>one of "a", "b"</c>,
    /// <c>sensitive</c>. Any other word there (not the next declaration's name) is kept as a rule for the binder
    /// to name. In <c>one of</c>, a comma followed by a string continues the list; otherwise it ends the declaration.
    /// </summary>
    private ImmutableArray<ValueRuleSyntax> ParseValueRules()
    {
        var rules = ImmutableArray.CreateBuilder<ValueRuleSyntax>();
        while (Current.Kind == SyntaxKind.Identifier && !CurrentStartsLine
            && PeekToken(1).Kind is not (SyntaxKind.Colon or SyntaxKind.Question or SyntaxKind.Dot))
        {
            var keyword = Next();
            SyntaxToken? of = null;
            var values = ImmutableArray.CreateBuilder<ExpressionSyntax>();
            var commas = ImmutableArray.CreateBuilder<SyntaxToken>();
            if (keyword.Text == "one")
            {
                of = ExpectKeyword("of", "`of` (as in `one of \"a\", \"b\"`)");
                values.Add(ParseExpression());
                while (Current.Kind == SyntaxKind.Comma && PeekToken(1).Kind == SyntaxKind.String)
                {
                    commas.Add(Next());
                    values.Add(ParseExpression());
                }
            }
            else if (keyword.Text != "sensitive" && CanStartExpression(Current.Kind) && Current.Kind != SyntaxKind.Identifier && !CurrentStartsLine)
            {
                values.Add(ParseExpression());
            }
            else if (keyword.Text is "min" or "max" or "pattern")
            {
                Report(DiagnosticCatalog.ExpectedToken(MissingLocation(), keyword.Text == "pattern" ? "a regex such as `/^[A-Z]+$/`" : "a number", DescribeCurrent()));
            }
            rules.Add(new ValueRuleSyntax(keyword, of, new SeparatedSyntaxList<ExpressionSyntax>(values.ToImmutable(), commas.ToImmutable())));
        }
        return rules.ToImmutable();
    }

    private TypeSyntax ParseType()
    {
        if (Current.Kind == SyntaxKind.OpenBracket && _depth < MaxDepth)
        {
            var open = Next();
            _depth++;
            var element = ParseType();
            _depth--;
            return new ListTypeSyntax(open, element, Expect(SyntaxKind.CloseBracket));
        }
        if (Current.Kind == SyntaxKind.OpenBracket)
        {
            Report(DiagnosticCatalog.NestingTooDeep(CurrentLocation(), MaxDepth));
        }
        return new NamedTypeSyntax(ExpectIdentifier("a type such as `string` or `[string]`"));
    }

    private DelegatesSyntax ParseDelegates()
    {
        var keyword = Next();
        var agent = ExpectIdentifier("an agent name");
        var with = ExpectKeyword("with");
        return new DelegatesSyntax(keyword, agent, with, ParseExpression());
    }

    private ExpectSyntax ParseExpect()
    {
        var keyword = Next();
        var outcome = ExpectIdentifier("an outcome such as `block`");
        var by = OptionalKeyword("by");
        var control = by is null ? null : ExpectIdentifier("a control name");
        return new ExpectSyntax(keyword, outcome, by, control);
    }

    private PaceActionSyntax ParsePaceAction()
    {
        var keyword = Next();
        return new PaceActionSyntax(keyword, ExpectIdentifier("what the action applies to"), null, null);
    }

    private PaceActionSyntax ParseReviewAllOutputs()
    {
        var keyword = Next();
        var all = Next();
        return new PaceActionSyntax(keyword, all, Next(), null);
    }

    private PaceActionSyntax ParseRespond()
    {
        var keyword = Next();
        var fallback = ExpectKeyword("fallback");
        var message = Current.Kind is SyntaxKind.String or SyntaxKind.TextBlock ? Next() : null;
        return new PaceActionSyntax(keyword, fallback, null, message);
    }

    private ItemSyntax ParseSetting()
    {
        var keyword = Next();
        var value = Current.Kind == SyntaxKind.OpenBrace ? ParseObjectLiteral() : ParseExpression();
        if (keyword.Text == "sample" && Current.IsKeyword("when") && !CurrentStartsLine)
        {
            // `sample 100% when prompt_injection fired`: a raised rate while a guard fired.
            var when = Next();
            var guard = ExpectIdentifier("a guard name");
            return new SampleWhenSyntax(keyword, value, when, guard, ExpectKeyword("fired"));
        }
        return new SettingSyntax(keyword, value);
    }

    private AssignmentSyntax ParseAssignment()
    {
        var target = ParsePath();
        var equals = Expect(SyntaxKind.Equals);
        return new AssignmentSyntax(target, equals, ParseExpression());
    }
}
