-- Neovim as a real client of `numcheck server` (nvim 0.7+: start_client and
-- buf_attach_client; vim.lsp.start came in 0.8). Run by nvim.sh:
--   NUMCHECK_BIN=... NUMCHECK_OUT=... nvim --headless --clean -u nvim.lua draft.md
-- Writes to NUMCHECK_OUT a JSON object: the diagnostics on open, the hover
-- on "45%", and the diagnostics after "45%" is edited to "65%" as a user would.

local bin = os.getenv('NUMCHECK_BIN')
local out = os.getenv('NUMCHECK_OUT')

local function finish(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(result))
  f:close()
  vim.cmd('qa!')
end

local function plain(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, code = d.code, source = d.source,
      severity = d.severity, message = d.message,
    })
  end
  return list
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    local client = vim.lsp.start_client({
      name = 'numcheck',
      cmd = { bin, 'server' },
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h'),
    })
    vim.lsp.buf_attach_client(args.buf, client)
  end,
})

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local result = {}
    if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
      result.error = 'no diagnostics within 20 s'
      return finish(result)
    end
    result.opened = plain(vim.diagnostic.get(buf))

    -- Hover on the "45%" of the last line.
    local last = vim.api.nvim_buf_line_count(buf)
    local line = vim.api.nvim_buf_get_lines(buf, last - 1, last, true)[1]
    local col = line:find('45%', 1, true) - 1
    local hovers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      position = { line = last - 1, character = col },
    }, 10000)
    for _, r in pairs(hovers or {}) do
      if r.result then result.hover = r.result.contents.value end
    end

    -- Type the fix: the edit reaches the server as an incremental change.
    vim.api.nvim_buf_set_text(buf, last - 1, col, last - 1, col + 2, { '65' })
    local fixed = vim.wait(20000, function()
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if d.code == 'proportion-mismatch' then return false end
      end
      return true
    end, 20)
    if not fixed then result.error = 'the fix did not clear the finding' end
    result.edited = plain(vim.diagnostic.get(buf))
    finish(result)
  end,
})
