using Airs.Compiler.Semantics;

namespace Airs.Compiler.Tests.Semantics;

public sealed class TypeRulesTests
{
    private static readonly AirsType[] Scalars =
        [AirsType.String, AirsType.Number, AirsType.Bool, AirsType.Duration, AirsType.Percent];

    [Fact]
    public void Types_are_values_and_print_as_users_write_them()
    {
        Assert.Equal(AirsType.List(AirsType.String), AirsType.StringList);
        Assert.NotEqual(AirsType.StringList, AirsType.NumberList);
        Assert.Equal("list<pii_kind>", AirsType.PiiKindList.ToString());
        Assert.Equal("list<list<number>>", AirsType.List(AirsType.NumberList).ToString());
    }

    [Fact]
    public void Equality_applies_to_equal_scalar_types_only()
    {
        foreach (var left in Scalars)
        {
            foreach (var right in Scalars)
            {
                var check = TypeRules.Check(BinaryOperator.Equal, left, right);
                Assert.Equal(left == right, check.IsValid);
                Assert.Equal(left == right ? AirsType.Bool : AirsType.Error, check.Type);
            }
        }
        Assert.False(TypeRules.Check(BinaryOperator.NotEqual, AirsType.StringList, AirsType.StringList).IsValid);
        Assert.False(TypeRules.Check(BinaryOperator.Equal, AirsType.Regex, AirsType.Regex).IsValid);
    }

    [Theory]
    [InlineData(BinaryOperator.Less)]
    [InlineData(BinaryOperator.LessOrEqual)]
    [InlineData(BinaryOperator.Greater)]
    [InlineData(BinaryOperator.GreaterOrEqual)]
    public void Ordering_applies_to_numbers_durations_and_percents(BinaryOperator op)
    {
        Assert.True(TypeRules.Check(op, AirsType.Number, AirsType.Number).IsValid);
        Assert.True(TypeRules.Check(op, AirsType.Duration, AirsType.Duration).IsValid);
        Assert.True(TypeRules.Check(op, AirsType.Percent, AirsType.Percent).IsValid);
        Assert.False(TypeRules.Check(op, AirsType.String, AirsType.String).IsValid);
        Assert.False(TypeRules.Check(op, AirsType.Bool, AirsType.Bool).IsValid);
        Assert.False(TypeRules.Check(op, AirsType.Number, AirsType.Percent).IsValid);
    }

    [Fact]
    public void Matches_contains_and_in()
    {
        Assert.True(TypeRules.Check(BinaryOperator.Matches, AirsType.String, AirsType.Regex).IsValid);
        Assert.False(TypeRules.Check(BinaryOperator.Matches, AirsType.String, AirsType.String).IsValid);
        Assert.True(TypeRules.Check(BinaryOperator.Contains, AirsType.String, AirsType.String).IsValid);
        Assert.True(TypeRules.Check(BinaryOperator.Contains, AirsType.StringList, AirsType.String).IsValid);
        Assert.True(TypeRules.Check(BinaryOperator.Contains, AirsType.NumberList, AirsType.Number).IsValid);
        Assert.False(TypeRules.Check(BinaryOperator.Contains, AirsType.StringList, AirsType.Number).IsValid);
        Assert.True(TypeRules.Check(BinaryOperator.In, AirsType.String, AirsType.StringList).IsValid);
        Assert.True(TypeRules.Check(BinaryOperator.In, AirsType.String, AirsType.EmptyList).IsValid);
        Assert.False(TypeRules.Check(BinaryOperator.In, AirsType.String, AirsType.String).IsValid);
        Assert.False(TypeRules.Check(BinaryOperator.In, AirsType.Number, AirsType.StringList).IsValid);
    }

    [Fact]
    public void Error_types_suppress_cascades()
    {
        foreach (var op in Enum.GetValues<BinaryOperator>())
        {
            var check = TypeRules.Check(op, AirsType.Error, AirsType.String);
            Assert.True(check.IsValid);
            Assert.Equal(AirsType.Error, check.Type);
        }
        Assert.True(TypeRules.IsAssignable(AirsType.Error, AirsType.Number));
        Assert.True(TypeRules.IsAssignable(AirsType.Number, AirsType.Error));
        Assert.True(TypeRules.Check(BinaryOperator.In, AirsType.String, AirsType.List(AirsType.Error)).IsValid);
    }

    [Fact]
    public void Assignability_of_lists()
    {
        Assert.True(TypeRules.IsAssignable(AirsType.EmptyList, AirsType.StringList));
        Assert.True(TypeRules.IsAssignable(AirsType.StringList, AirsType.AnyList));
        Assert.False(TypeRules.IsAssignable(AirsType.String, AirsType.AnyList));
        Assert.False(TypeRules.IsAssignable(AirsType.StringList, AirsType.PiiKindList));
        Assert.False(TypeRules.IsAssignable(AirsType.Number, AirsType.Percent));
    }

    [Fact]
    public void List_literals_unify_their_elements()
    {
        Assert.Equal(AirsType.NumberList, TypeRules.ListOf([AirsType.Number, AirsType.Number]));
        Assert.Equal(AirsType.EmptyList, TypeRules.ListOf([]));
        Assert.Null(TypeRules.ListOf([AirsType.Number, AirsType.String]));
        Assert.Equal(AirsType.List(AirsType.Error), TypeRules.ListOf([AirsType.Number, AirsType.Error]));
    }

    [Fact]
    public void Messages_follow_the_house_rules()
    {
        var messages = new[]
        {
            TypeRules.Check(BinaryOperator.Equal, AirsType.String, AirsType.Number).Error,
            TypeRules.Check(BinaryOperator.Less, AirsType.String, AirsType.String).Error,
            TypeRules.Check(BinaryOperator.Matches, AirsType.Number, AirsType.Regex).Error,
            TypeRules.Check(BinaryOperator.In, AirsType.Number, AirsType.StringList).Error,
        };
        Assert.Equal("cannot compare `string` with `number`", messages[0]);
        Assert.All(messages, m =>
        {
            Assert.NotNull(m);
            Assert.False(char.IsUpper(m![0]));
            Assert.False(m.EndsWith('.'));
            Assert.Contains('`', m);
        });
    }

    [Fact]
    public void Enum_members_resolve_against_their_type()
    {
        Assert.True(EnumMembers.IsMember(AirsType.PiiKind, "iban"));
        Assert.False(EnumMembers.IsMember(AirsType.PiiKind, "mask"));
        Assert.True(EnumMembers.IsMember(AirsType.RedactionStyle, "last4"));
        Assert.True(EnumMembers.IsMember(AirsType.Outcome, "escalate"));
        Assert.True(EnumMembers.IsMember(AirsType.Tier, "critical"));
        Assert.Equal(8, EnumMembers.Names(AirsType.PiiKind).Count);
        var kinds = EnumMembers.ToPiiKinds(["email", "card"], out var unknown);
        Assert.Equal(Runtime.Detectors.PiiKinds.Email | Runtime.Detectors.PiiKinds.Card, kinds);
        Assert.Null(unknown);
        Assert.Null(EnumMembers.ToPiiKinds(["email", "passport"], out unknown));
        Assert.Equal("passport", unknown);
        Assert.Equal(["email", "card"], EnumMembers.Names(kinds!.Value));
    }
}
