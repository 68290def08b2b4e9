// The ASP.NET Core integration: chat-endpoint middleware (Middleware/) and the `airs serve` sidecar (Sidecar/).
