-- Drives `remedy lsp` with Neovim's built-in LSP client (0.7+: start_client and
-- buf_attach_client, which Debian's neovim has), opens a file with a safety error and
-- checks that the diagnostic arrives with its code, then asks for hover and completion.
local dll = os.getenv("REMEDY_DLL")
local file = os.getenv("REMEDY_FIXTURE")

local function finish(ok, message)
  io.stdout:write((ok and "PASS: " or "FAIL: ") .. message .. "\n")
  io.stdout:write(ok and "1 passed, 0 failed\n" or "0 passed, 1 failed\n")
  io.stdout:flush()
  vim.cmd(ok and "qall!" or "cquit! 1")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "remedy",
  cmd = { "dotnet", dll, "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
if not client_id then return finish(false, "the client did not start") end
vim.lsp.buf_attach_client(buf, client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local arrived = vim.wait(60000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == "RMD1004" then return true end
  end
  return false
end, 50)
if not arrived then
  return finish(false, "no RMD1004 diagnostic arrived; got " .. vim.inspect(vim.diagnostic.get(buf)))
end
local diagnostic
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if code_of(d) == "RMD1004" then diagnostic = d end
end
if diagnostic.lnum ~= 5 or diagnostic.col ~= 9 then
  return finish(false, "RMD1004 at the wrong place: " .. vim.inspect(diagnostic))
end

local function request(method, line, character)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
  local responses = vim.lsp.buf_request_sync(buf, method, params, 30000) or {}
  for _, response in pairs(responses) do
    if response.result then return response.result end
  end
  return nil
end

-- Line 16 (0-based 15) is `            k8s.restart_pod(pod)`.
local hover = request("textDocument/hover", 15, 18)
if not hover or not string.find(hover.contents.value, "effect", 1, true) then
  return finish(false, "hover on restart_pod did not describe its effect: " .. vim.inspect(hover))
end
local completion = request("textDocument/completion", 15, 16)
local found = false
for _, item in ipairs((completion and (completion.items or completion)) or {}) do
  if item.label == "restart_pod" then found = true end
end
if not found then return finish(false, "completion after 'k8s.' did not offer restart_pod") end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish(true, "neovim " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor) ..
  " received the safety error RMD1004 at 6:10 (\"" .. diagnostic.message .. "\"), hover and completion")
