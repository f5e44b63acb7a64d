#include "JsonNode.h"

#include <QSet>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace wf::sim {

namespace {

class Parser
{
public:
    explicit Parser(const QByteArray &text)
        : m_text(text)
    { }

    std::optional<JsonNode> document(JsonError *error)
    {
        JsonNode root;
        skipSpace();
        if (!value(root, 0)
            || (skipSpace(),
                m_pos != m_text.size() && fail("unexpected text after the end of the document"))) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        if (!m_error.message.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return root;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    JsonError m_error;

    bool fail(const QString &message)
    {
        if (m_error.message.isEmpty())
            m_error = { m_line, int(m_pos - m_lineStart) + 1, message };
        return false;
    }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(std::strlen(word));
        if (m_text.mid(m_pos, n) != word)
            return fail(QStringLiteral("unexpected '%1'").arg(QChar::fromLatin1(peek())));
        m_pos += n;
        return true;
    }

    bool value(JsonNode &out, int depth)
    {
        if (depth > 64)
            return fail(QStringLiteral("nesting too deep"));
        out.line = m_line;
        out.column = int(m_pos - m_lineStart) + 1;
        switch (peek()) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.type = JsonNode::Type::String;
            return string(out.string);
        case 't':
            out.type = JsonNode::Type::Bool;
            out.boolean = true;
            return literal("true");
        case 'f':
            out.type = JsonNode::Type::Bool;
            return literal("false");
        case 'n':
            return literal("null");
        case '\0':
            if (atEnd())
                return fail(QStringLiteral("unexpected end of file"));
            [[fallthrough]];
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number(out);
            return fail(QStringLiteral("unexpected '%1'").arg(QChar::fromLatin1(peek())));
        }
    }

    bool number(JsonNode &out)
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            return fail(QStringLiteral("malformed number"));
        }
        if (peek() == '.') {
            ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(QStringLiteral("malformed number"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                return fail(QStringLiteral("malformed number"));
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        bool ok = false;
        out.type = JsonNode::Type::Number;
        out.number = m_text.mid(start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(out.number))
            return fail(QStringLiteral("number out of range"));
        return true;
    }

    bool hex4(uint &v)
    {
        v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = peek();
            ++m_pos;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint(c - 'A' + 10);
            else
                return fail(QStringLiteral("bad \\u escape"));
        }
        return true;
    }

    bool string(QString &out)
    {
        ++m_pos; // the opening quote
        QByteArray raw;
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (uchar(c) < 0x20)
                return fail(c == '\n' ? QStringLiteral("unterminated string (line break inside a string)")
                                      : QStringLiteral("control character in a string"));
            if (c != '\\') {
                raw += c;
                ++m_pos;
                continue;
            }
            ++m_pos;
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                raw += e;
                break;
            case 'b':
                raw += '\b';
                break;
            case 'f':
                raw += '\f';
                break;
            case 'n':
                raw += '\n';
                break;
            case 'r':
                raw += '\r';
                break;
            case 't':
                raw += '\t';
                break;
            case 'u': {
                uint v = 0;
                if (!hex4(v))
                    return false;
                if (v >= 0xd800 && v < 0xdc00 && m_text.mid(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    uint lo = 0;
                    if (!hex4(lo))
                        return false;
                    v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
                }
                const char32_t cp = char32_t(v);
                raw += QString::fromUcs4(&cp, 1).toUtf8();
                break;
            }
            default:
                return fail(QStringLiteral("bad escape in a string"));
            }
        }
        out = QString::fromUtf8(raw);
        return true;
    }

    bool array(JsonNode &out, int depth)
    {
        out.type = JsonNode::Type::Array;
        ++m_pos;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            JsonNode item;
            skipSpace();
            if (!value(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
                if (peek() == ']')
                    return fail(QStringLiteral("trailing comma"));
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return fail(atEnd() ? QStringLiteral("unexpected end of file (missing ']')")
                                : QStringLiteral("expected ',' or ']'"));
        }
    }

    bool object(JsonNode &out, int depth)
    {
        out.type = JsonNode::Type::Object;
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        // Field names seen so far: a linear search per field would make a large object quadratic.
        QSet<QString> seen;
        while (true) {
            skipSpace();
            if (peek() != '"')
                return fail(atEnd() ? QStringLiteral("unexpected end of file (missing '}')")
                                    : QStringLiteral("expected a field name in double quotes"));
            const int keyLine = m_line;
            QString key;
            if (!string(key))
                return false;
            if (seen.contains(key))
                return fail(QStringLiteral("duplicate field '%1'").arg(key));
            seen.insert(key);
            skipSpace();
            if (peek() != ':')
                return fail(QStringLiteral("expected ':' after '%1'").arg(key));
            ++m_pos;
            skipSpace();
            JsonNode v;
            if (!value(v, depth + 1))
                return false;
            out.members.push_back({ key, std::move(v) });
            out.keyLines.push_back(keyLine);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
                if (peek() == '}')
                    return fail(QStringLiteral("trailing comma"));
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return fail(atEnd() ? QStringLiteral("unexpected end of file (missing '}')")
                                : QStringLiteral("expected ',' or '}'"));
        }
    }
};

} // namespace

const JsonNode *JsonNode::get(QStringView key) const
{
    for (const auto &[k, v] : members) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

int JsonNode::keyLine(QStringView key) const
{
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (members[i].key == key)
            return i < keyLines.size() ? keyLines[i] : line;
    }
    return line;
}

std::optional<JsonNode> parseJsonWithLines(const QByteArray &utf8, JsonError *error)
{
    if (utf8.size() > kMaxJsonWithLinesBytes) {
        if (error)
            *error = { 1, 1, QStringLiteral("file too large (more than 4 MB)") };
        return std::nullopt;
    }
    return Parser(utf8).document(error);
}

} // namespace wf::sim
