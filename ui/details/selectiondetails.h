#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPointer>

namespace cd {
class OrganizationSession;
}

namespace cd::ui {

class DetailsPanel;
class OrganizationTreeView;

// Keeps the details panel on what the tree has selected, as it changes: the tree holds overviews, so the whole
// record and its local history are asked of the session (a millisecond away, on the store's thread). What was
// shown stays until the answer is there, so moving through the tree does not flicker; an answer for an item no
// longer selected is dropped.
class SelectionDetails : public QObject
{
    Q_OBJECT
public:
    SelectionDetails(OrganizationTreeView *tree, DetailsPanel *panel, QObject *parent = nullptr);

    void setSession(OrganizationSession *session);

private:
    void follow();
    void showRecord(const QString &profileId, const QString &campaignId, int campaignCount);
    void showShared(const QModelIndex &index); // the organization's brand or campaign
    QList<QPair<QString, QString>> sourcesOf(const QString &profileId) const;

    OrganizationTreeView *m_tree;
    DetailsPanel *m_panel;
    QPointer<OrganizationSession> m_session;
    int m_request = 0;
};

} // namespace cd::ui
