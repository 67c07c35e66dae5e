-- Drives `disclint lsp` from Neovim 0.7 (headless): opens a draft, waits for diagnostics,
-- asks for code actions on the wrong weekday's line, applies the first, and writes what it
-- saw to DISCLINT_NVIM_OUT, one fact per line. 0.7 has no vim.lsp.start, hence start_client.
local out = {}
local function record(line) table.insert(out, line) end
local function finish()
  vim.fn.writefile(out, os.getenv("DISCLINT_NVIM_OUT"))
  vim.cmd("qall!")
end

local cmd = vim.fn.json_decode(os.getenv("DISCLINT_NVIM_CMD"))
local draft = os.getenv("DISCLINT_NVIM_DRAFT")
local weekday_line = tonumber(os.getenv("DISCLINT_NVIM_LINE"))

local client_id = vim.lsp.start_client({
  name = "disclint",
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(draft, ":h"),
})
if not client_id then
  record("error could not start the server")
  finish()
end

vim.cmd("edit " .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

local received = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
if not received then
  record("error no diagnostics within 20 s")
  finish()
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  record(string.format("diagnostic %s %d:%d-%d:%d %d %s", d.code or "-", d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.message))
end

local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = weekday_line, character = 0 }, ["end"] = { line = weekday_line + 1, character = 0 } },
  context = { diagnostics = {} },
}
local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000) or {}
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    record("action " .. action.title)
  end
  local first = (response.result or {})[1]
  if first and first.edit then
    vim.lsp.util.apply_workspace_edit(first.edit, "utf-16")
    record("fixed " .. vim.api.nvim_buf_get_lines(bufnr, weekday_line, weekday_line + 1, false)[1])
  end
end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()
