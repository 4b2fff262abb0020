#include "sandboxtestclient.h"

class TestSandbox_completion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSandbox_completion)
#include "tst_sandbox_completion.moc"
