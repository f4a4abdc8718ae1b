-- A real second editor: Neovim's own LSP client (0.7: vim.lsp.start_client and
-- vim.lsp.buf_attach_client; vim.lsp.start is 0.8+) starts `landscape lsp --stdio`, opens a
-- landscape file and reads back, through the client, the diagnostics, a hover, a definition and a
-- rename (applied to the buffers and written). test/lsp/neovim.test.ts runs
--   nvim --headless -u test/lsp/nvim.lua -c 'lua LandscapeTest()' -c 'qa!'
-- with LANDSCAPE_NODE, LANDSCAPE_CLI, LANDSCAPE_ROOT (the workspace), LANDSCAPE_FILE (the file to
-- open) and LANDSCAPE_OUT (where the results go, as JSON).
local env = vim.env

function LandscapeTest()
  local out = {}
  local function finish()
    local f = assert(io.open(env.LANDSCAPE_OUT, 'w'))
    f:write(vim.json.encode(out))
    f:close()
  end
  local ok, err = pcall(function()
    local client_id = vim.lsp.start_client({
      name = 'landscape',
      cmd = { env.LANDSCAPE_NODE, env.LANDSCAPE_CLI, 'lsp', '--stdio' },
      root_dir = env.LANDSCAPE_ROOT,
      workspace_folders = { { uri = vim.uri_from_fname(env.LANDSCAPE_ROOT), name = 'workspace' } },
    })
    assert(client_id, 'the client did not start')
    vim.cmd('edit ' .. vim.fn.fnameescape(env.LANDSCAPE_FILE))
    local bufnr = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(bufnr, client_id)
    assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics')
    out.diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message, source = d.source, code = d.code })
    end
    local uri = vim.uri_from_bufnr(bufnr)
    local function request(method, params)
      local responses = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
      local r = responses and responses[client_id]
      assert(r, method .. ': no answer')
      assert(not r.err, method .. ': ' .. vim.inspect(r.err))
      return r.result
    end
    -- On 'mobile-bank' (line 4 of systems/mode2.yaml) and on 'card-limits-api' (line 11).
    out.hover = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = 3, character = 10 } })
    out.definition = request('textDocument/definition', { textDocument = { uri = uri }, position = { line = 10, character = 60 } })
    local edit = request('textDocument/rename', { textDocument = { uri = uri }, position = { line = 10, character = 60 }, newName = 'card-limits-v1' })
    vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
    vim.cmd('silent wall')
    out.renamed = vim.api.nvim_buf_get_lines(bufnr, 10, 11, false)[1]
  end)
  if not ok then out.error = tostring(err) end
  finish()
end
