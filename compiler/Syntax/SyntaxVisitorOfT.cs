namespace Airs.Compiler.Syntax;

/// <summary>Dispatches on node type and returns a result; unhandled nodes go to <see cref="DefaultVisit"/>.</summary>
public abstract class SyntaxVisitor<TResult>
{
    public virtual TResult Visit(SyntaxNode node) => node.Accept(this);

    protected abstract TResult DefaultVisit(SyntaxNode node);

    public virtual TResult VisitCompilationUnit(CompilationUnitSyntax node) => DefaultVisit(node);

    public virtual TResult VisitBlock(BlockSyntax node) => DefaultVisit(node);

    public virtual TResult VisitQualifiedName(QualifiedNameSyntax node) => DefaultVisit(node);

    public virtual TResult VisitPolicyDeclaration(PolicyDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitUseItem(UseItemSyntax node) => DefaultVisit(node);

    public virtual TResult VisitGuardDeclaration(GuardDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitJudgeDeclaration(JudgeDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitReviewDeclaration(ReviewDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitBreakerDeclaration(BreakerDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitToolDeclaration(ToolDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitAgentDeclaration(AgentDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitIntentDeclaration(IntentDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitWorkflowDeclaration(WorkflowDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitPaceDeclaration(PaceDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitTestDeclaration(TestDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitPaceState(PaceStateSyntax node) => DefaultVisit(node);

    public virtual TResult VisitPaceCondition(PaceConditionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitJudgeFailingTrigger(JudgeFailingTriggerSyntax node) => DefaultVisit(node);

    public virtual TResult VisitBreakerOpenTrigger(BreakerOpenTriggerSyntax node) => DefaultVisit(node);

    public virtual TResult VisitJudgeStub(JudgeStubSyntax node) => DefaultVisit(node);

    public virtual TResult VisitSetting(SettingSyntax node) => DefaultVisit(node);

    public virtual TResult VisitFlagSetting(FlagSettingSyntax node) => DefaultVisit(node);

    public virtual TResult VisitSampleWhen(SampleWhenSyntax node) => DefaultVisit(node);

    public virtual TResult VisitWhen(WhenSyntax node) => DefaultVisit(node);

    public virtual TResult VisitMaps(MapsSyntax node) => DefaultVisit(node);

    public virtual TResult VisitStandardRef(StandardRefSyntax node) => DefaultVisit(node);

    public virtual TResult VisitMessageAction(MessageActionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitSimpleAction(SimpleActionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitEscalateAction(EscalateActionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitRedactAction(RedactActionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitPaceTransition(PaceTransitionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitOn(OnSyntax node) => DefaultVisit(node);

    public virtual TResult VisitTrip(TripSyntax node) => DefaultVisit(node);

    public virtual TResult VisitLimitDeclaration(LimitDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitCount(CountSyntax node) => DefaultVisit(node);

    public virtual TResult VisitLimitMax(LimitMaxSyntax node) => DefaultVisit(node);

    public virtual TResult VisitSend(SendSyntax node) => DefaultVisit(node);

    public virtual TResult VisitWait(WaitSyntax node) => DefaultVisit(node);

    public virtual TResult VisitArgs(ArgsSyntax node) => DefaultVisit(node);

    public virtual TResult VisitArgDeclaration(ArgDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitContext(ContextSyntax node) => DefaultVisit(node);

    public virtual TResult VisitAttributeDeclaration(AttributeDeclarationSyntax node) => DefaultVisit(node);

    public virtual TResult VisitValueRule(ValueRuleSyntax node) => DefaultVisit(node);

    public virtual TResult VisitNamedType(NamedTypeSyntax node) => DefaultVisit(node);

    public virtual TResult VisitListType(ListTypeSyntax node) => DefaultVisit(node);

    public virtual TResult VisitDelegates(DelegatesSyntax node) => DefaultVisit(node);

    public virtual TResult VisitSequence(SequenceSyntax node) => DefaultVisit(node);

    public virtual TResult VisitMaxDepth(MaxDepthSyntax node) => DefaultVisit(node);

    public virtual TResult VisitAgentAction(AgentActionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitExpect(ExpectSyntax node) => DefaultVisit(node);

    public virtual TResult VisitPaceAction(PaceActionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitAssignment(AssignmentSyntax node) => DefaultVisit(node);

    public virtual TResult VisitSkippedTokens(SkippedTokensSyntax node) => DefaultVisit(node);

    public virtual TResult VisitBinaryExpression(BinaryExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitUnaryExpression(UnaryExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitQuantifierExpression(QuantifierExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitLiteralExpression(LiteralExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitPathExpression(PathExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitCallExpression(CallExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitListExpression(ListExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitParenthesizedExpression(ParenthesizedExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitObjectLiteralExpression(ObjectLiteralExpressionSyntax node) => DefaultVisit(node);

    public virtual TResult VisitObjectProperty(ObjectPropertySyntax node) => DefaultVisit(node);

    public virtual TResult VisitErrorExpression(ErrorExpressionSyntax node) => DefaultVisit(node);
}
