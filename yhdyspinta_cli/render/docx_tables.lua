-- Column widths for the Word output's tables, from what they hold.
--
-- The reports' pipe tables carry no widths, and Word and LibreOffice then squeeze every column
-- to its header, a question wrapping at every word. Here every column first gets room for its
-- longest word (header or cell), so no word is split; what is left of the page goes to the
-- columns whose text is longer than that (a question, a title), up to a cap. Numbers stay
-- narrow, text gets room. Widths are in characters of the 9 pt table text of reference.docx.

local PAGE = 85     -- characters across the text width of an A4 page (17 cm) at 9 pt
local CAP = 60      -- characters: a longer cell wraps within this width
local PADDING = 3   -- characters: the cell's margins, and bold headers are wider

local function length(text)
  return utf8.len(text) or #text
end

local function longest_word(text)
  local longest = 0
  for word in text:gmatch("%S+") do
    longest = math.max(longest, length(word))
  end
  return longest
end

local function measure(need, want, rows)
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row.cells) do
      local text = pandoc.utils.stringify(cell.contents)
      need[i] = math.max(need[i], longest_word(text) + PADDING)
      want[i] = math.max(want[i], math.min(length(text), CAP) + PADDING)
    end
  end
end

local function sum(list)
  local total = 0
  for _, value in ipairs(list) do total = total + value end
  return total
end

function Table(tbl)
  local need, want = {}, {}
  for i = 1, #tbl.colspecs do need[i], want[i] = PADDING, PADDING end
  for _, row in ipairs(tbl.head.rows) do
    for i, cell in ipairs(row.cells) do
      need[i] = math.max(need[i], longest_word(pandoc.utils.stringify(cell.contents)) + PADDING)
    end
  end
  for _, body in ipairs(tbl.bodies) do measure(need, want, body.body) end
  local grow, room = 0, PAGE - sum(need)
  for i = 1, #need do
    want[i] = math.max(want[i], need[i])
    grow = grow + want[i] - need[i]
  end
  local share = (room > 0 and grow > 0) and math.min(1, room / grow) or 0
  local widths = {}
  for i = 1, #need do widths[i] = need[i] + (want[i] - need[i]) * share end
  local total = sum(widths)
  for i, spec in ipairs(tbl.colspecs) do
    tbl.colspecs[i] = {spec[1], widths[i] / total}
  end
  return tbl
end
