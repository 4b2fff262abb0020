#include "sandboxtestclient.h"

class TestSandbox_process : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSandbox_process)
#include "tst_sandbox_process.moc"
