using Airs.Runtime.Engine;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

public static class AirsChatClientExtensions
{
    /// <summary>Wraps the client in a policy: <c>model.WithAirsPolicy(engine, o => o.IdentityFrom = …)</c>.</summary>
    public static AirsGuardedChatClient WithAirsPolicy(this IChatClient client, PolicyEngine engine, Action<AirsPolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(engine);
        var options = new AirsPolicyOptions { Engine = engine };
        configure?.Invoke(options);
        return new AirsGuardedChatClient(client, options.Engine ?? engine, options);
    }
}
