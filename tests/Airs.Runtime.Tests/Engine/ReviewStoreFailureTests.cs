using System.Reflection;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;
using Microsoft.Extensions.AI;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>
/// A review ticket the store cannot take fails its decision closed: the request is not answered allowed. An older
/// replica on a PostgreSQL store a newer one migrated has its ticket refused so (the number it does not give).
/// </summary>
public sealed class ReviewStoreFailureTests
{
    [Fact]
    public async Task A_ticket_the_store_refuses_fails_the_escalated_decision_and_nothing_is_allowed()
    {
        await using var inner = new InMemoryAirsStore();
        var store = TicketRefusingStore.Create(inner);
        await using var engine = await PolicyEngine.CreateAsync(ScriptedPolicy.When("refund", Outcome.Escalate, review: Queue), Spec(), store,
            new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.DecideAsync(Stage.Input, Input("a refund, please")));
        Assert.Equal("null value in column \"inserted\" violates not-null constraint", error.Message);
        Assert.Empty(await inner.ListPendingTicketsAsync("engine_test"));
        Assert.DoesNotContain(await AuditReading.AllAsync(inner), r => r.Kind == AuditKinds.Decision);

        // The engine goes on deciding; what needs no review is answered.
        Assert.Equal(Outcome.Allow, (await engine.DecideAsync(Stage.Input, Input("hello"))).Outcome);
    }

    /// <summary>A store that refuses every ticket, as PostgreSQL refuses an older replica's; every other call reaches the inner store.</summary>
    public class TicketRefusingStore : DispatchProxy
    {
        private IAirsStore inner = null!;

        public static IAirsStore Create(IAirsStore inner)
        {
            var store = DispatchProxy.Create<IAirsStore, TicketRefusingStore>();
            ((TicketRefusingStore)(object)store).inner = inner;
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(IReviewStore.InsertTicketAsync))
            {
                return Task.FromException(new InvalidOperationException("null value in column \"inserted\" violates not-null constraint"));
            }
            try
            {
                return targetMethod.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
