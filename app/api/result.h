#pragma once

#include "apierror.h"
#include "apiresponse.h"

#include <optional>
#include <utility>

namespace cd {

// What a typed call delivers: a value (with what its response said about itself: status, request ids,
// headers; its body is the value, decoded, and `data` is empty) or an error.
template<typename T>
class Result
{
public:
    static Result success(T value, ApiResponse response)
    {
        Result r;
        r.m_value = std::move(value);
        r.m_response = std::move(response);
        return r;
    }
    static Result failure(ApiError error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const ApiError &error() const { return m_error; }
    const ApiResponse &response() const { return m_response; }

private:
    std::optional<T> m_value;
    ApiError m_error;
    ApiResponse m_response;
};

// The value of a call that answers with no content (DELETE).
struct Done
{
};

} // namespace cd
