#pragma once

#include <QJsonObject>

#include <optional>

namespace cd {

// What a paginated list says about itself (`data.pagination`, sent-api.md §1.8): the page this is, its size, how many
// items and pages there are, and whether more follow. `cursors` is deprecated and never filled: not read.
struct Pagination
{
    int page = 1; // 1-based
    int pageSize = 0;
    int totalCount = -1; // -1: not said
    int totalPages = -1;
    bool hasMore = false;

    // Whether a page after this one is to be asked for: has_more, or a page number below the page count.
    bool morePages() const { return hasMore || (totalPages > 0 && page < totalPages); }

    // None when the answer has no `pagination` object (a list served whole, as the first generation did).
    static std::optional<Pagination> fromData(const QJsonObject &data);
};

} // namespace cd
