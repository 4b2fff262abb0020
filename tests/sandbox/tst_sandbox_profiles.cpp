#include "sandboxtestclient.h"

class TestSandbox_profiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSandbox_profiles)
#include "tst_sandbox_profiles.moc"
