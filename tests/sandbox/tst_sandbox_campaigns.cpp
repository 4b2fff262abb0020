#include "sandboxtestclient.h"

class TestSandbox_campaigns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSandbox_campaigns)
#include "tst_sandbox_campaigns.moc"
