namespace Airs.Compiler.Syntax;

/// <summary>Dispatches on node type; unhandled nodes go to <see cref="DefaultVisit"/> (nothing, unless overridden).</summary>
public abstract class SyntaxVisitor
{
    public virtual void Visit(SyntaxNode node) => node.Accept(this);

    protected virtual void DefaultVisit(SyntaxNode node)
    {
    }

    public virtual void VisitCompilationUnit(CompilationUnitSyntax node) => DefaultVisit(node);

    public virtual void VisitBlock(BlockSyntax node) => DefaultVisit(node);

    public virtual void VisitQualifiedName(QualifiedNameSyntax node) => DefaultVisit(node);

    public virtual void VisitPolicyDeclaration(PolicyDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitUseItem(UseItemSyntax node) => DefaultVisit(node);

    public virtual void VisitGuardDeclaration(GuardDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitJudgeDeclaration(JudgeDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitReviewDeclaration(ReviewDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitBreakerDeclaration(BreakerDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitToolDeclaration(ToolDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitAgentDeclaration(AgentDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitIntentDeclaration(IntentDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitWorkflowDeclaration(WorkflowDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitPaceDeclaration(PaceDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitTestDeclaration(TestDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitPaceState(PaceStateSyntax node) => DefaultVisit(node);

    public virtual void VisitPaceCondition(PaceConditionSyntax node) => DefaultVisit(node);

    public virtual void VisitJudgeFailingTrigger(JudgeFailingTriggerSyntax node) => DefaultVisit(node);

    public virtual void VisitBreakerOpenTrigger(BreakerOpenTriggerSyntax node) => DefaultVisit(node);

    public virtual void VisitJudgeStub(JudgeStubSyntax node) => DefaultVisit(node);

    public virtual void VisitSetting(SettingSyntax node) => DefaultVisit(node);

    public virtual void VisitFlagSetting(FlagSettingSyntax node) => DefaultVisit(node);

    public virtual void VisitSampleWhen(SampleWhenSyntax node) => DefaultVisit(node);

    public virtual void VisitWhen(WhenSyntax node) => DefaultVisit(node);

    public virtual void VisitMaps(MapsSyntax node) => DefaultVisit(node);

    public virtual void VisitStandardRef(StandardRefSyntax node) => DefaultVisit(node);

    public virtual void VisitMessageAction(MessageActionSyntax node) => DefaultVisit(node);

    public virtual void VisitSimpleAction(SimpleActionSyntax node) => DefaultVisit(node);

    public virtual void VisitEscalateAction(EscalateActionSyntax node) => DefaultVisit(node);

    public virtual void VisitRedactAction(RedactActionSyntax node) => DefaultVisit(node);

    public virtual void VisitPaceTransition(PaceTransitionSyntax node) => DefaultVisit(node);

    public virtual void VisitOn(OnSyntax node) => DefaultVisit(node);

    public virtual void VisitTrip(TripSyntax node) => DefaultVisit(node);

    public virtual void VisitLimitDeclaration(LimitDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitCount(CountSyntax node) => DefaultVisit(node);

    public virtual void VisitLimitMax(LimitMaxSyntax node) => DefaultVisit(node);

    public virtual void VisitSend(SendSyntax node) => DefaultVisit(node);

    public virtual void VisitWait(WaitSyntax node) => DefaultVisit(node);

    public virtual void VisitArgs(ArgsSyntax node) => DefaultVisit(node);

    public virtual void VisitArgDeclaration(ArgDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitContext(ContextSyntax node) => DefaultVisit(node);

    public virtual void VisitAttributeDeclaration(AttributeDeclarationSyntax node) => DefaultVisit(node);

    public virtual void VisitValueRule(ValueRuleSyntax node) => DefaultVisit(node);

    public virtual void VisitNamedType(NamedTypeSyntax node) => DefaultVisit(node);

    public virtual void VisitListType(ListTypeSyntax node) => DefaultVisit(node);

    public virtual void VisitDelegates(DelegatesSyntax node) => DefaultVisit(node);

    public virtual void VisitSequence(SequenceSyntax node) => DefaultVisit(node);

    public virtual void VisitMaxDepth(MaxDepthSyntax node) => DefaultVisit(node);

    public virtual void VisitAgentAction(AgentActionSyntax node) => DefaultVisit(node);

    public virtual void VisitExpect(ExpectSyntax node) => DefaultVisit(node);

    public virtual void VisitPaceAction(PaceActionSyntax node) => DefaultVisit(node);

    public virtual void VisitAssignment(AssignmentSyntax node) => DefaultVisit(node);

    public virtual void VisitSkippedTokens(SkippedTokensSyntax node) => DefaultVisit(node);

    public virtual void VisitBinaryExpression(BinaryExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitUnaryExpression(UnaryExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitQuantifierExpression(QuantifierExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitLiteralExpression(LiteralExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitPathExpression(PathExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitCallExpression(CallExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitListExpression(ListExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitParenthesizedExpression(ParenthesizedExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitObjectLiteralExpression(ObjectLiteralExpressionSyntax node) => DefaultVisit(node);

    public virtual void VisitObjectProperty(ObjectPropertySyntax node) => DefaultVisit(node);

    public virtual void VisitErrorExpression(ErrorExpressionSyntax node) => DefaultVisit(node);
}
