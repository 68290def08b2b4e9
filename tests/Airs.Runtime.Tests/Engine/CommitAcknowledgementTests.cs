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
/// <c>DecideAsync</c> makes the decision in one frame and awaits its commit in another, smaller one: the answer still
/// comes only once the record is durable, a commit that fails fails the decision, and the engine goes on deciding.
/// </summary>
public sealed class CommitAcknowledgementTests
{
    [Fact]
    public async Task A_decision_is_answered_only_once_its_record_is_committed()
    {
        await using var inner = new InMemoryAirsStore();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var store = HeldStore.Create(inner, async entry =>
        {
            await gate.Task;
            return await inner.AppendAuditAsync(entry);
        });
        await using var engine = await CreateAsync(store);

        var deciding = engine.DecideAsync(Stage.Input, Input("hello"));
        await Task.Delay(50);
        Assert.False(deciding.IsCompleted);
        Assert.Empty(await AuditReading.AllAsync(inner));

        gate.SetResult();
        var decision = await deciding;
        Assert.Equal(Outcome.Allow, decision.Outcome);
        Assert.Single(await AuditReading.AllAsync(inner));
        Assert.True(decision.Timings.Audit >= TimeSpan.Zero);
    }

    [Fact]
    public async Task A_commit_that_fails_later_fails_its_decision_and_the_next_decisions_are_answered()
    {
        await using var inner = new InMemoryAirsStore();
        var failNext = true;
        var store = HeldStore.Create(inner, async entry =>
        {
            await Task.Yield(); // fail after the decision was made, as a batch's COMMIT would
            if (failNext)
            {
                failNext = false;
                throw new InvalidOperationException("disk full");
            }
            return await inner.AppendAuditAsync(entry);
        });
        await using var engine = await CreateAsync(store);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.DecideAsync(Stage.Input, Input("first")));
        Assert.Equal("disk full", error.Message);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Outcome.Allow, (await engine.DecideAsync(Stage.Input, Input($"again {i}"))).Outcome);
        }
        Assert.Equal(3, (await AuditReading.AllAsync(inner)).Length);
    }

    private static Task<PolicyEngine> CreateAsync(IAirsStore store) =>
        PolicyEngine.CreateAsync(ScriptedPolicy.AllowAll(), Spec(), store, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()));

    /// <summary>A store whose audit appends go through <c>append</c>; every other call reaches the inner store.</summary>
    public class HeldStore : DispatchProxy
    {
        private IAirsStore inner = null!;
        private Func<AuditEntry, Task<AuditRecord>> append = null!;

        public static IAirsStore Create(IAirsStore inner, Func<AuditEntry, Task<AuditRecord>> append)
        {
            var store = DispatchProxy.Create<IAirsStore, HeldStore>();
            var held = (HeldStore)(object)store;
            held.inner = inner;
            held.append = append;
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            try
            {
                return targetMethod.Name == nameof(IAirsStore.AppendAuditAsync)
                    ? append((AuditEntry)args![0]!)
                    : targetMethod.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
