namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>A small policy with a review queue, a per-user breaker and a manual emergency level, for admin and replica tests.</summary>
internal static class SidecarPolicies
{
    public const string Desk = """
        policy desk_bot {
          version "1.0.0"
          tier low
          owner "ops@example.com"

          guard no_secrets on input {
            when input.text contains "secret"
            block "I can't share secrets."
          }

          guard refunds_need_a_person on input {
            when input.text contains "refund"
            escalate desk
          }

          review desk {
            sla 4h
            on expiry block "Nobody reviewed this in time."
          }

          breaker violations {
            trip when blocked >= 2 within 5m per user
            cooldown 10m
            fallback "You are paused for a while."
          }

          pace {
            emergency manual {
              halt
            }
          }
        }
        """;

    public static string Context(string text, string user = "u1") =>
        $$$"""{"input":{"text":"{{{text}}}"},"user":{"id":"{{{user}}}","roles":["staff"]},"session":{"id":"s-{{{user}}}"}}""";
}
