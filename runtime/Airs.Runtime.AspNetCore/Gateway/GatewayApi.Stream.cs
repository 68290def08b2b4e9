using Airs.Runtime.AI.Guarding;
using Airs.Runtime.Engine;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Gateway;

internal sealed partial class GatewayApi
{
    private Task StreamAsync(HttpContext http, PolicyEngine engine, HttpRequestMessage request, string input, AirsIdentity identity) =>
        throw GatewayError.BadRequest("this gateway does not stream yet; send `\"stream\": false`");
}
