using Airs.Compiler.Syntax;

namespace Airs.Compiler.Tests.Parsing;

public class SupportBotPolicyTests
{
    private static readonly SyntaxTree Tree = SyntaxTree.Parse(TestSources.SupportBot, "support_bot.airs");

    private static PolicyDeclarationSyntax Policy => Assert.IsType<PolicyDeclarationSyntax>(Assert.Single(Tree.Root.Members));

    private static T Member<T>(Func<T, bool> predicate)
        where T : ItemSyntax => Policy.Body.Items.OfType<T>().Single(predicate);

    [Fact]
    public void ParsesWithoutDiagnosticsAndRoundTrips()
    {
        Assert.True(Tree.Diagnostics.IsEmpty, TestSources.Errors(Tree));
        Assert.Equal(TestSources.SupportBot, Tree.Root.ToFullString());
    }

    [Fact]
    public void PolicyHeaderAndSettings()
    {
        Assert.False(Policy.IsPack);
        Assert.Equal("support_bot", Policy.Name.Text);
        var settings = Policy.Body.Items.OfType<SettingSyntax>().ToDictionary(s => s.Keyword.Text, s => s.Value);
        Assert.Equal("1.4.0", Assert.IsType<LiteralExpressionSyntax>(settings["version"]).Value);
        Assert.Equal("high", Assert.IsType<PathExpressionSyntax>(settings["tier"]).Text);
        Assert.Equal(["airs.injection", "airs.pii"], Policy.Body.Items.OfType<UseItemSyntax>().Select(u => u.Target));
    }

    [Fact]
    public void GuardPromptInjection()
    {
        var guard = Member<GuardDeclarationSyntax>(g => g.Name.Text == "prompt_injection");
        Assert.Equal("input", guard.Stage.Text);
        var when = Assert.IsType<WhenSyntax>(guard.Body.Items[1]);
        var or = Assert.IsType<BinaryExpressionSyntax>(when.Condition);
        Assert.Equal(SyntaxOperator.Or, or.Operator);
        var score = Assert.IsType<BinaryExpressionSyntax>(or.Left);
        Assert.Equal(SyntaxOperator.GreaterOrEqual, score.Operator);
        Assert.Equal("injection.score", Assert.IsType<CallExpressionSyntax>(score.Left).Callee.Text);
        Assert.Equal(0.8, Assert.IsType<LiteralExpressionSyntax>(score.Right).Value);
        var matches = Assert.IsType<BinaryExpressionSyntax>(or.Right);
        Assert.Equal(SyntaxOperator.Matches, matches.Operator);
        var regex = Assert.IsType<RegexValue>(Assert.IsType<LiteralExpressionSyntax>(matches.Right).Value);
        Assert.Equal("ignore (all|any|previous) instructions", regex.Pattern);
        Assert.True(regex.IgnoreCase);
        var block = Assert.IsType<MessageActionSyntax>(guard.Body.Items[2]);
        Assert.Equal(ActionKind.Block, block.Kind);
        Assert.Equal("I can't help with that.", block.Message!.Value);
        Assert.Equal("owasp.llm01", Assert.IsType<MapsSyntax>(guard.Body.Items[3]).References.Single().Text);
    }

    [Fact]
    public void JudgeGrounded()
    {
        var judge = Member<JudgeDeclarationSyntax>(j => j.Name.Text == "grounded");
        var items = judge.Body.Items;
        var sample = Assert.IsType<ObjectLiteralExpressionSyntax>(items.OfType<SettingSyntax>().Single(s => s.Keyword.Text == "sample").Value);
        Assert.Equal(["low", "medium", "high", "critical"], sample.Properties.Select(p => p.Name.Text));
        Assert.Equal(0.5, Assert.IsType<LiteralExpressionSyntax>(sample.Properties[2].Value).Value);
        var timeout = items.OfType<SettingSyntax>().Single(s => s.Keyword.Text == "timeout");
        Assert.Equal(TimeSpan.FromMilliseconds(1500), Assert.IsType<LiteralExpressionSyntax>(timeout.Value).Value);
        Assert.Single(items.OfType<FlagSettingSyntax>(), f => f.Keyword.Text == "blocking");
        var prompt = (string)Assert.IsType<LiteralExpressionSyntax>(items.OfType<SettingSyntax>().Single(s => s.Keyword.Text == "prompt").Value).Value!;
        Assert.StartsWith("Is the ANSWER supported by the SOURCES? Reply as JSON\n{\"verdict\"", prompt);
        Assert.EndsWith("ANSWER: {{ output.text }}", prompt);
        var ons = items.OfType<OnSyntax>().ToArray();
        Assert.Equal(("fail", ActionKind.Escalate), (ons[0].Event.Text, ons[0].Action.Kind));
        Assert.Equal("alternate", Assert.IsType<PaceTransitionSyntax>(ons[1].Action).Level.Text);
    }

    [Fact]
    public void ReviewBreakerToolAgents()
    {
        var review = Member<ReviewDeclarationSyntax>(_ => true);
        Assert.Equal(2, review.Body.Items.Length);
        Assert.Equal("expiry", Assert.IsType<OnSyntax>(review.Body.Items[1]).Event.Text);

        var trip = Member<BreakerDeclarationSyntax>(_ => true).Body.Items.OfType<TripSyntax>().Single();
        Assert.Equal(("blocked", SyntaxKind.GreaterEquals, "user"), (trip.Counter.Text, trip.OperatorToken.Kind, trip.Key!.Text));
        Assert.Equal(TimeSpan.FromMinutes(5), Assert.IsType<LiteralExpressionSyntax>(trip.Window).Value);

        var tool = Member<ToolDeclarationSyntax>(_ => true);
        Assert.Equal("orders.refund", tool.Name.Value);
        var args = Assert.IsType<ArgsSyntax>(tool.Body.Items[0]);
        Assert.Equal(["order_id:string", "amount:number"], args.Arguments.Select(a => $"{a.Name.Text}:{((NamedTypeSyntax)a.Type).Name.Text}"));
        Assert.Equal("writes", Assert.IsType<FlagSettingSyntax>(tool.Body.Items[1]).Keyword.Text);

        var planner = Member<AgentDeclarationSyntax>(a => a.Name.Text == "planner");
        var delegates = Assert.IsType<DelegatesSyntax>(planner.Body.Items[1]);
        Assert.Equal("executor", delegates.Agent.Text);
        Assert.Single(Assert.IsType<ListExpressionSyntax>(delegates.Tools).Elements);
    }

    [Fact]
    public void PaceAndTest()
    {
        var states = Member<PaceDeclarationSyntax>(_ => true).Body.Items.Cast<PaceStateSyntax>().ToArray();
        Assert.Equal(["alternate", "contingency", "emergency"], states.Select(s => s.Keyword.Text));
        Assert.True(Assert.IsType<JudgeFailingTriggerSyntax>(states[0].Condition!.Triggers.Single()).IsAnyJudge);
        Assert.Equal(["judges off", "enforce all"], states[0].Body.Items.Cast<PaceActionSyntax>().Select(a => $"{a.Keyword.Text} {a.Argument.Text}"));
        Assert.Equal("violations", Assert.IsType<BreakerOpenTriggerSyntax>(states[1].Condition!.Triggers.Single()).Name.Text);
        Assert.Equal("outputs", Assert.IsType<PaceActionSyntax>(Assert.Single(states[1].Body.Items)).Qualifier!.Text);
        Assert.NotNull(states[2].ManualKeyword);
        Assert.Equal(ActionKind.Halt, Assert.IsType<SimpleActionSyntax>(Assert.Single(states[2].Body.Items)).Kind);

        var test = Member<TestDeclarationSyntax>(_ => true);
        Assert.Equal("injection is refused", test.Name.Value);
        var assignment = Assert.IsType<AssignmentSyntax>(test.Body.Items[0]);
        Assert.Equal("input.text", assignment.Target.Text);
        var expect = Assert.IsType<ExpectSyntax>(test.Body.Items[1]);
        Assert.Equal(("block", "prompt_injection"), (expect.Outcome.Text, expect.Control!.Text));
    }

    [Fact]
    public void NavigationFindsTheChainAtAPosition()
    {
        var position = TestSources.SupportBot.IndexOf("support_review {", StringComparison.Ordinal) + 3;
        Assert.Equal("support_review", Tree.Root.FindToken(position).Text);
        var chain = SyntaxNavigator.AncestorsAt(Tree.Root, position);
        Assert.IsType<CompilationUnitSyntax>(chain[0]);
        Assert.IsType<PolicyDeclarationSyntax>(chain[1]);
        Assert.IsType<ReviewDeclarationSyntax>(chain[^1]);
        Assert.Equal(SyntaxKind.EndOfFile, Tree.Root.FindToken(TestSources.SupportBot.Length).Kind);
    }
}
