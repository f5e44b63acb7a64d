#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace wf::sim {

struct JsonMember;

// A JSON value that remembers where it was written. QJsonDocument forgets positions, but a
// trainer who mistyped a scenario needs "line 42: unknown field 'sevrity'", not "invalid".
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    int line = 0;
    int column = 0;
    bool boolean = false;
    double number = 0;
    QString string;
    std::vector<JsonNode> items; // arrays
    std::vector<JsonMember> members; // objects, in file order
    int keyLine(QStringView key) const; // the line of a member's key, or this node's line

    const JsonNode *get(QStringView key) const;
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    std::vector<int> keyLines; // parallel to members
};

// A field of an object. A struct rather than std::pair: a pair of a type still being defined
// does not compile with every compiler and standard library (clang with libstdc++).
struct JsonMember
{
    QString key;
    JsonNode value;
};

struct JsonError
{
    int line = 0;
    int column = 0;
    QString message;
};

// The largest document parseJsonWithLines takes; files are checked against it before reading.
constexpr qint64 kMaxJsonWithLinesBytes = 4 * 1024 * 1024;

// Strict RFC 8259 JSON (no comments, no trailing commas), at most 4 MB and 64 levels deep.
// Never throws or crashes on bad input: returns the first error with its position. Time is
// linear in the size of the document (a duplicate field is found through a hash per object).
std::optional<JsonNode> parseJsonWithLines(const QByteArray &utf8, JsonError *error);

} // namespace wf::sim
