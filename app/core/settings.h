#pragma once

#include <QString>
#include <QVariant>

namespace cd {

// Every preference the application keeps, in one place: its key, its type, its default and whether it belongs to
// the application or to one connection. Code asks for `Settings::value(Settings::notifications, id)`, never for a
// literal QSettings key, so a key is spelt once and a typo cannot read another setting's value.
//
// The file is the one the GUI and the CLI share (the CLI's application name differs, so it is named explicitly);
// in a test process (QStandardPaths' test mode) it is a file of its own, so a test never touches a user's settings.
class Settings
{
public:
    enum class Scope {
        Application, // one value for the whole application
        Connection,  // one value per connection, kept with it and removed with it
    };

    template<typename T>
    struct Key
    {
        const char *name; // under "connections/<id>/" for Scope::Connection
        Scope scope;
        T (*fallback)(); // the default, worked out when read (a folder may depend on the system)
    };

    // The dashboard: after how many days a review counts as waiting too long (1–365).
    static constexpr Key<int> dashboardWaitingDays{"dashboard/waitingDays", Scope::Application, [] { return 7; }};
    // The folder the last report went to; the user's documents folder at first.
    static const Key<QString> reportsFolder;
    // Desktop notifications of status changes, per connection.
    static constexpr Key<bool> notifications{"notifications", Scope::Connection, [] { return true; }};
    // The address sent.dm calls when a profile's completion finishes, remembered per connection.
    static constexpr Key<QString> webhookUrl{"webhookUrl", Scope::Connection, [] { return QString(); }};
    // The last CSV import's columns as JSON (field → column header), used again for a file with those headers.
    static constexpr Key<QString> importMapping{"importMapping", Scope::Connection, [] { return QString(); }};

    template<typename T>
    static T value(const Key<T> &key, const QString &connectionId = {})
    {
        const QVariant stored = read(path(key.name, key.scope, connectionId));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : key.fallback();
    }

    template<typename T>
    static void setValue(const Key<T> &key, const T &value, const QString &connectionId = {})
    {
        write(path(key.name, key.scope, connectionId), QVariant::fromValue(value));
    }

    template<typename T>
    static void reset(const Key<T> &key, const QString &connectionId = {})
    {
        write(path(key.name, key.scope, connectionId), QVariant());
    }

    // Forgets every preference: a first start (tests start each case this way).
    static void clear();

private:
    static QString path(const char *name, Scope scope, const QString &connectionId);
    static QVariant read(const QString &path);
    static void write(const QString &path, const QVariant &value); // an invalid value removes the key
};

} // namespace cd
