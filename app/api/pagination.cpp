#include "pagination.h"

namespace cd {

std::optional<Pagination> Pagination::fromData(const QJsonObject &data)
{
    const QJsonValue value = data.value(QLatin1String("pagination"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const auto number = [&o](const char *key, int fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isDouble() ? v.toInt(fallback) : fallback;
    };
    Pagination p;
    p.page = std::max(1, number("page", 1));
    p.pageSize = std::max(0, number("page_size", 0));
    p.totalCount = number("total_count", -1);
    p.totalPages = number("total_pages", -1);
    p.hasMore = o.value(QLatin1String("has_more")).toBool(false);
    return p;
}

} // namespace cd
