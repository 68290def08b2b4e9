using Airs.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;

namespace Airs.LanguageServer.Features;

/// <summary>didOpen/didChange/didClose keep the document store current and drive analysis (incremental sync).</summary>
internal static class TextDocumentSync
{
    public static void Register(Server.LanguageServer server)
    {
        server.Advertise(c => c with { TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental) });
        server.Handlers
            .OnNotification<DidOpenTextDocumentParams>("textDocument/didOpen", (p, token) =>
            {
                server.Documents.Open(p.TextDocument);
                _ = server.Analysis.ScheduleAsync(p.TextDocument.Uri, immediately: true);
                server.Analysis.ScheduleDependents(p.TextDocument.Uri);
                return Task.CompletedTask;
            })
            .OnNotification<DidChangeTextDocumentParams>("textDocument/didChange", (p, token) =>
            {
                if (server.Documents.Change(p.TextDocument, p.ContentChanges) is null)
                {
                    server.Logger.LogWarning("ignored a change to {Uri}, which is not open", p.TextDocument.Uri);
                    return Task.CompletedTask;
                }
                _ = server.Analysis.ScheduleAsync(p.TextDocument.Uri);
                // Documents that `use` this one see the unsaved edit.
                server.Analysis.ScheduleDependents(p.TextDocument.Uri);
                return Task.CompletedTask;
            })
            .OnNotification<DidCloseTextDocumentParams>("textDocument/didClose", async (p, token) =>
            {
                server.Documents.Close(p.TextDocument.Uri);
                await server.Analysis.ForgetAsync(p.TextDocument.Uri).ConfigureAwait(false);
                server.Analysis.ScheduleDependents(p.TextDocument.Uri); // they read the file from disk again
            });
    }
}
