#include "alerts/valueexpression.h"

#include <QRegularExpression>

namespace ioc::alerts {

bool isPropertyName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QString propertySql(const QString &property)
{
    // The mirror's rule indexes (ruleindexes.h) are on these very expressions.
    if (!isPropertyName(property))
        return {};
    return QStringLiteral("json_extract(properties, '$.%1')").arg(property);
}

namespace {

// Recursive descent over: expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*;
// factor := number | name | '(' expr ')' | '-' factor.
class Parser
{
public:
    Parser(const QString &text, ValueExpression *out)
        : m_text(text)
        , m_out(out)
    { }

    bool parse(QString *error)
    {
        QString sql;
        if (!expression(&sql))
            return fail(error);
        skipSpace();
        if (m_pos != m_text.size()) {
            m_error = QStringLiteral("unexpected '%1'").arg(m_text.at(m_pos));
            return fail(error);
        }
        m_out->sql = QLatin1Char('(') + sql + QLatin1Char(')');
        return true;
    }

private:
    bool fail(QString *error)
    {
        *error = QStringLiteral("bad expression \"%1\" at position %2: %3")
                     .arg(m_text)
                     .arg(m_pos + 1)
                     .arg(m_error);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    bool expression(QString *sql)
    {
        if (!term(sql))
            return false;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                return true;
            const QChar c = m_text.at(m_pos);
            if (c != QLatin1Char('+') && c != QLatin1Char('-'))
                return true;
            ++m_pos;
            QString rhs;
            if (!term(&rhs))
                return false;
            *sql += QLatin1Char(' ') + c + QLatin1Char(' ') + rhs;
        }
    }

    bool term(QString *sql)
    {
        if (!factor(sql))
            return false;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                return true;
            const QChar c = m_text.at(m_pos);
            if (c != QLatin1Char('*') && c != QLatin1Char('/'))
                return true;
            ++m_pos;
            QString rhs;
            if (!factor(&rhs))
                return false;
            // Division in SQLite is integer division for two integers; force real.
            if (c == QLatin1Char('/'))
                *sql = QStringLiteral("CAST(%1 AS REAL) / %2").arg(*sql, rhs);
            else
                *sql += QStringLiteral(" * ") + rhs;
        }
    }

    bool factor(QString *sql)
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            m_error = QStringLiteral("the expression ends too early");
            return false;
        }
        const QChar c = m_text.at(m_pos);
        if ((c == QLatin1Char('(') || c == QLatin1Char('-')) && m_depth >= kMaxDepth) {
            m_error = QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth);
            return false;
        }
        const Nesting nesting(c == QLatin1Char('(') || c == QLatin1Char('-') ? &m_depth : nullptr);
        if (c == QLatin1Char('(')) {
            ++m_pos;
            QString inner;
            if (!expression(&inner))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char(')')) {
                m_error = QStringLiteral("missing ')'");
                return false;
            }
            ++m_pos;
            *sql = QLatin1Char('(') + inner + QLatin1Char(')');
            return true;
        }
        if (c == QLatin1Char('-')) {
            ++m_pos;
            QString inner;
            if (!factor(&inner))
                return false;
            *sql = QStringLiteral("(-") + inner + QLatin1Char(')');
            return true;
        }
        if (c.isDigit() || c == QLatin1Char('.')) {
            const int start = m_pos;
            while (m_pos < m_text.size()
                && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            bool ok = false;
            const double number = m_text.mid(start, m_pos - start).toDouble(&ok);
            if (!ok) {
                m_pos = start;
                m_error = QStringLiteral("not a number");
                return false;
            }
            m_out->bindings.append(number);
            *sql = QStringLiteral("?");
            return true;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const int start = m_pos;
            while (m_pos < m_text.size()
                && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            if (!isPropertyName(name)) {
                m_pos = start;
                m_error = QStringLiteral("\"%1\" is not a property name").arg(name);
                return false;
            }
            m_out->properties.append(name);
            *sql = propertySql(name);
            return true;
        }
        m_error = QStringLiteral("unexpected '%1'").arg(c);
        return false;
    }

    // Each '(' and unary '-' recurses; without a bound a rules file of a few kB of "((("
    // overflows the stack (tests/fuzz/regressions/alertrules/deep-parentheses.json).
    // SQLite refuses expressions deeper than 1000 anyway; no rule needs more than a few.
    static constexpr int kMaxDepth = 64;
    class Nesting
    {
    public:
        explicit Nesting(int *depth)
            : m_depth(depth)
        {
            if (m_depth)
                ++*m_depth;
        }
        ~Nesting()
        {
            if (m_depth)
                --*m_depth;
        }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

    private:
        int *m_depth;
    };

    const QString &m_text;
    ValueExpression *m_out;
    int m_depth = 0;
    int m_pos = 0;
    QString m_error;
};

} // namespace

bool ValueExpression::compile(const QString &text, ValueExpression *out, QString *error)
{
    *out = ValueExpression();
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("the value expression is empty");
        return false;
    }
    Parser parser(text, out);
    return parser.parse(error);
}

} // namespace ioc::alerts
