#include "SimOptions.h"

namespace wf::sim {

std::optional<Scale> scaleFromName(QStringView name)
{
    if (name == u"small" || name == u"small-city" || name == u"city")
        return Scale::SmallCity;
    if (name == u"wuhan")
        return Scale::Wuhan;
    if (name == u"province")
        return Scale::Province;
    return std::nullopt;
}

QString scaleName(Scale s)
{
    switch (s) {
    case Scale::SmallCity:
        return QStringLiteral("small");
    case Scale::Wuhan:
        return QStringLiteral("wuhan");
    case Scale::Province:
        return QStringLiteral("province");
    }
    return QStringLiteral("small");
}

// The strength of the real provincial system for the province, about a fifth of it for Wuhan,
// and a lively but small shift for the centre of Wuhan.
ScaleStrength strengthOf(Scale s)
{
    switch (s) {
    case Scale::SmallCity:
        return { 42, 12, 6, 40, 6, 3 };
    case Scale::Wuhan:
        return { 200, 340, 30, 120, 15, 8 };
    case Scale::Province:
        return { 950, 1600, 142, 400, 30, 20 };
    }
    return { 42, 12, 6, 40, 6, 3 };
}

} // namespace wf::sim
