using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Airs.Runtime.Tests.Stores;

/// <summary>
/// A fact about a store. It runs like <see cref="FactAttribute"/> unless its test class carries a
/// <see cref="StoreAvailabilityAttribute"/> whose reason is set: then it is reported skipped with that reason
/// (xUnit 2 has no dynamic skip, and a database server may be missing on a developer's machine).
/// </summary>
[XunitTestCaseDiscoverer("Airs.Runtime.Tests.Stores.StoreFactDiscoverer", "Airs.Runtime.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Says whether the store a test class needs is there; <see cref="SkipReason"/> null means it is.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class StoreAvailabilityAttribute : Attribute
{
    public abstract string? SkipReason { get; }
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer facts = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = testMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<StoreAvailabilityAttribute>(inherit: true)?.SkipReason;
        return reason is null
            ? facts.Discover(discoveryOptions, testMethod, factAttribute)
            : [new SkippedStoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}

/// <summary>A test case reported skipped with a reason decided at discovery.</summary>
public sealed class SkippedStoreTestCase : XunitTestCase
{
    private string reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedStoreTestCase()
    {
    }

    public SkippedStoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method)
    {
        this.reason = reason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StoreSkipReason", reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        reason = data.GetValue<string>("StoreSkipReason");
        base.Deserialize(data);
    }
}
