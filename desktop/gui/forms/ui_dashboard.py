# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

class Ui_DashboardWindow(object):
    def setupUi(self, DashboardWindow):
        if not DashboardWindow.objectName():
            DashboardWindow.setObjectName(u"DashboardWindow")
        DashboardWindow.resize(1280, 800)
        self.dashboardLayout = QVBoxLayout(DashboardWindow)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.presetLabel = QLabel(DashboardWindow)
        self.presetLabel.setObjectName(u"presetLabel")

        self.periodLayout.addWidget(self.presetLabel)

        self.presetCombo = QComboBox(DashboardWindow)
        self.presetCombo.setObjectName(u"presetCombo")
        self.presetCombo.setMinimumSize(QSize(140, 0))

        self.periodLayout.addWidget(self.presetCombo)

        self.fromLabel = QLabel(DashboardWindow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromDateEdit = QDateEdit(DashboardWindow)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setLayoutDirection(Qt.LeftToRight)
        self.fromDateEdit.setCalendarPopup(True)
        self.fromDateEdit.setDisplayFormat(u"d MMM yyyy")

        self.periodLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(DashboardWindow)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(DashboardWindow)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setLayoutDirection(Qt.LeftToRight)
        self.toDateEdit.setCalendarPopup(True)
        self.toDateEdit.setDisplayFormat(u"d MMM yyyy")

        self.periodLayout.addWidget(self.toDateEdit)

        self.statusLabel = QLabel(DashboardWindow)
        self.statusLabel.setObjectName(u"statusLabel")

        self.periodLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(DashboardWindow)
        self.statusCombo.setObjectName(u"statusCombo")

        self.periodLayout.addWidget(self.statusCombo)

        self.periodSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.summaryLabel = QLabel(DashboardWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.PlainText)

        self.periodLayout.addWidget(self.summaryLabel)


        self.dashboardLayout.addLayout(self.periodLayout)

        self.contentStack = QStackedWidget(DashboardWindow)
        self.contentStack.setObjectName(u"contentStack")
        self.chartsPage = QWidget()
        self.chartsPage.setObjectName(u"chartsPage")
        self.chartsLayout = QVBoxLayout(self.chartsPage)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.dimensionTabs = QTabWidget(self.chartsPage)
        self.dimensionTabs.setObjectName(u"dimensionTabs")

        self.chartsLayout.addWidget(self.dimensionTabs)

        self.contentStack.addWidget(self.chartsPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setTextFormat(Qt.PlainText)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.contentStack.addWidget(self.emptyPage)

        self.dashboardLayout.addWidget(self.contentStack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.messageLabel = QLabel(DashboardWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.messageLabel)

        self.buttonSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportChartButton = QPushButton(DashboardWindow)
        self.exportChartButton.setObjectName(u"exportChartButton")

        self.buttonLayout.addWidget(self.exportChartButton)

        self.exportTableButton = QPushButton(DashboardWindow)
        self.exportTableButton.setObjectName(u"exportTableButton")

        self.buttonLayout.addWidget(self.exportTableButton)


        self.dashboardLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.presetCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presetCombo, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.dimensionTabs)
        QWidget.setTabOrder(self.dimensionTabs, self.exportChartButton)
        QWidget.setTabOrder(self.exportChartButton, self.exportTableButton)

        self.retranslateUi(DashboardWindow)

        QMetaObject.connectSlotsByName(DashboardWindow)
    # setupUi

    def retranslateUi(self, DashboardWindow):
        DashboardWindow.setWindowTitle(QCoreApplication.translate("DashboardWindow", u"Dashboard \u2014 Rawangi", None))
        self.presetLabel.setText(QCoreApplication.translate("DashboardWindow", u"&Period", None))
        self.fromLabel.setText(QCoreApplication.translate("DashboardWindow", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("DashboardWindow", u"&To", None))
        self.statusLabel.setText(QCoreApplication.translate("DashboardWindow", u"&Count", None))
        self.emptyLabel.setText(QCoreApplication.translate("DashboardWindow", u"No departures in this period", None))
        self.exportChartButton.setText(QCoreApplication.translate("DashboardWindow", u"Export chart as PN&G\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportChartButton.setToolTip(QCoreApplication.translate("DashboardWindow", u"Save the chart on screen as a picture (Alt+G)", None))
#endif // QT_CONFIG(tooltip)
        self.exportTableButton.setText(QCoreApplication.translate("DashboardWindow", u"Export table as C&SV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportTableButton.setToolTip(QCoreApplication.translate("DashboardWindow", u"Save the table beside the chart for a spreadsheet (Alt+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

