-- Drives Neovim's built-in LSP client (Neovim 0.7+) against the AirsPolicy language server and writes what it saw
-- as JSON, so a test can assert on a real editor's view of the server. Configuration comes from the environment:
--   AIRS_NVIM_SERVER_CMD  JSON array: the server's command line, e.g. ["airs","lsp"]
--   AIRS_NVIM_FILE        the .airs file to open
--   AIRS_NVIM_OUT         where to write the JSON result
--   AIRS_NVIM_HOVER       optional "line,character" (zero-based) to hover at; default "0,0"
--   AIRS_NVIM_TIMEOUT_MS  optional wait for each step; default 20000
-- The result is always written (with `errors` listing what went wrong) and Neovim always quits.

local out_path = os.getenv('AIRS_NVIM_OUT')
local timeout = tonumber(os.getenv('AIRS_NVIM_TIMEOUT_MS') or '20000')
local result = { errors = {}, initialized = false, attached = false }

local function fail(message)
  table.insert(result.errors, message)
end

local function finish()
  local lines = { vim.fn.json_encode(result) }
  vim.fn.writefile(lines, out_path)
  vim.cmd('qall!')
end

-- A last resort so that a hung server can never hang the editor (and the test that runs it).
vim.defer_fn(function()
  fail('timed out after ' .. (timeout * 4) .. ' ms')
  finish()
end, timeout * 4)

local function run()
  local cmd = vim.fn.json_decode(os.getenv('AIRS_NVIM_SERVER_CMD'))
  local file = os.getenv('AIRS_NVIM_FILE')
  local hover_at = vim.split(os.getenv('AIRS_NVIM_HOVER') or '0,0', ',')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'airs'
  local uri = vim.uri_from_bufnr(bufnr)
  result.uri = uri

  local published = nil
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'airs',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params and params.uri == uri then
          published = params
        end
      end,
    },
    on_init = function(client, initialize_result)
      result.initialized = true
      result.server_name = initialize_result.serverInfo and initialize_result.serverInfo.name
      local caps = client.server_capabilities or client.resolved_capabilities or {}
      result.hover_capability = caps.hoverProvider == true or caps.hover == true
    end,
    on_exit = function(code, signal)
      result.exit_code = code
      result.exit_signal = signal
      exited = true
    end,
  })
  if not client_id then
    fail('the client did not start')
    return
  end

  result.attached = vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(timeout, function() return result.initialized end, 10) then
    fail('no initialize response')
    return
  end

  -- The server answers didOpen with publishDiagnostics for this very URI: proof the file reached it.
  if vim.wait(timeout, function() return published ~= nil end, 10) then
    result.published_version = published.version
    result.diagnostics = {}
    for _, d in ipairs(published.diagnostics or {}) do
      table.insert(result.diagnostics, {
        code = d.code,
        message = d.message,
        severity = d.severity,
        line = d.range.start.line,
        character = d.range.start.character,
        href = d.codeDescription and d.codeDescription.href,
      })
    end
  else
    fail('no publishDiagnostics for ' .. uri)
  end

  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = tonumber(hover_at[1]), character = tonumber(hover_at[2]) },
  }, timeout)
  local response = responses and responses[client_id]
  if response == nil then
    fail('no hover response: ' .. tostring(err))
  elseif response.err then
    fail('hover failed: ' .. vim.inspect(response.err))
  else
    result.hover_answered = true
    local contents = response.result and response.result.contents
    result.hover = contents and contents.value or vim.NIL
  end

  vim.lsp.stop_client(client_id)
  if not vim.wait(timeout, function() return exited end, 10) then
    fail('the server did not exit after shutdown')
  end
end

local ok, message = pcall(run)
if not ok then
  fail(tostring(message))
end
finish()
