# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_check.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

from desktop.gui.widgets import RegisterTable

class Ui_ImportWizardCheckPage(object):
    def setupUi(self, ImportWizardCheckPage):
        if not ImportWizardCheckPage.objectName():
            ImportWizardCheckPage.setObjectName(u"ImportWizardCheckPage")
        self.checkPageLayout = QVBoxLayout(ImportWizardCheckPage)
        self.checkPageLayout.setObjectName(u"checkPageLayout")
        self.checkProgressRow = QHBoxLayout()
        self.checkProgressRow.setObjectName(u"checkProgressRow")
        self.checkProgress = QProgressBar(ImportWizardCheckPage)
        self.checkProgress.setObjectName(u"checkProgress")
        self.checkProgress.setValue(0)

        self.checkProgressRow.addWidget(self.checkProgress)

        self.cancelCheckButton = QPushButton(ImportWizardCheckPage)
        self.cancelCheckButton.setObjectName(u"cancelCheckButton")
        self.cancelCheckButton.setAutoDefault(False)

        self.checkProgressRow.addWidget(self.cancelCheckButton)

        self.checkAgainButton = QPushButton(ImportWizardCheckPage)
        self.checkAgainButton.setObjectName(u"checkAgainButton")
        self.checkAgainButton.setAutoDefault(False)

        self.checkProgressRow.addWidget(self.checkAgainButton)


        self.checkPageLayout.addLayout(self.checkProgressRow)

        self.checkSummary = QLabel(ImportWizardCheckPage)
        self.checkSummary.setObjectName(u"checkSummary")
        self.checkSummary.setWordWrap(True)
        self.checkSummary.setTextFormat(Qt.PlainText)
        self.checkSummary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.checkPageLayout.addWidget(self.checkSummary)

        self.notImportedLabel = QLabel(ImportWizardCheckPage)
        self.notImportedLabel.setObjectName(u"notImportedLabel")
        self.notImportedLabel.setWordWrap(True)
        self.notImportedLabel.setTextFormat(Qt.PlainText)

        self.checkPageLayout.addWidget(self.notImportedLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(ImportWizardCheckPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(ImportWizardCheckPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)

        self.severityCombo = QComboBox(ImportWizardCheckPage)
        self.severityCombo.setObjectName(u"severityCombo")

        self.filterRow.addWidget(self.severityCombo)

        self.saveReportButton = QPushButton(ImportWizardCheckPage)
        self.saveReportButton.setObjectName(u"saveReportButton")
        self.saveReportButton.setAutoDefault(False)

        self.filterRow.addWidget(self.saveReportButton)


        self.checkPageLayout.addLayout(self.filterRow)

        self.reportMessage = QLabel(ImportWizardCheckPage)
        self.reportMessage.setObjectName(u"reportMessage")
        self.reportMessage.setWordWrap(True)
        self.reportMessage.setTextFormat(Qt.PlainText)
        self.reportMessage.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.checkPageLayout.addWidget(self.reportMessage)

        self.problemsTable = RegisterTable(ImportWizardCheckPage)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problemsTable.setTabKeyNavigation(False)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problemsTable.setWordWrap(False)

        self.checkPageLayout.addWidget(self.problemsTable)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cancelCheckButton, self.checkAgainButton)
        QWidget.setTabOrder(self.checkAgainButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.saveReportButton)
        QWidget.setTabOrder(self.saveReportButton, self.problemsTable)

        self.retranslateUi(ImportWizardCheckPage)

        QMetaObject.connectSlotsByName(ImportWizardCheckPage)
    # setupUi

    def retranslateUi(self, ImportWizardCheckPage):
        ImportWizardCheckPage.setTitle(QCoreApplication.translate("ImportWizardCheckPage", u"Check", None))
        ImportWizardCheckPage.setSubTitle(QCoreApplication.translate("ImportWizardCheckPage", u"Every row is checked as the form checks it, and against the register.", None))
        self.cancelCheckButton.setText(QCoreApplication.translate("ImportWizardCheckPage", u"&Cancel check", None))
        self.checkAgainButton.setText(QCoreApplication.translate("ImportWizardCheckPage", u"Check &again", None))
        self.filterLabel.setText(QCoreApplication.translate("ImportWizardCheckPage", u"&Filter", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ImportWizardCheckPage", u"Name, CNIC, field or words of the problem", None))
        self.saveReportButton.setText(QCoreApplication.translate("ImportWizardCheckPage", u"&Save report as CSV\u2026", None))
    # retranslateUi

