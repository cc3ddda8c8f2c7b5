# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from desktop.gui.widgets import (DateEdit, RegisterTable)

class Ui_AuditWindow(object):
    def setupUi(self, AuditWindow):
        if not AuditWindow.objectName():
            AuditWindow.setObjectName(u"AuditWindow")
        AuditWindow.resize(1180, 680)
        self.auditLayout = QVBoxLayout(AuditWindow)
        self.auditLayout.setObjectName(u"auditLayout")
        self.refusedLabel = QLabel(AuditWindow)
        self.refusedLabel.setObjectName(u"refusedLabel")
        self.refusedLabel.setWordWrap(True)
        self.refusedLabel.setTextFormat(Qt.PlainText)

        self.auditLayout.addWidget(self.refusedLabel)

        self.browser = QWidget(AuditWindow)
        self.browser.setObjectName(u"browser")
        self.browserLayout = QVBoxLayout(self.browser)
        self.browserLayout.setObjectName(u"browserLayout")
        self.browserLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.userLabel = QLabel(self.browser)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(self.browser)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setMinimumSize(QSize(130, 0))

        self.filterLayout.addWidget(self.userCombo)

        self.actionLabel = QLabel(self.browser)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(self.browser)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumSize(QSize(130, 0))

        self.filterLayout.addWidget(self.actionCombo)

        self.entityLabel = QLabel(self.browser)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(self.browser)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.entityCombo)

        self.fromLabel = QLabel(self.browser)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDateEdit = DateEdit(self.browser)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setMinimumSize(QSize(96, 0))

        self.filterLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(self.browser)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDateEdit = DateEdit(self.browser)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setMinimumSize(QSize(96, 0))

        self.filterLayout.addWidget(self.toDateEdit)

        self.clearFiltersButton = QPushButton(self.browser)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.browserLayout.addLayout(self.filterLayout)

        self.auditTable = RegisterTable(self.browser)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.auditTable.setAlternatingRowColors(True)
        self.auditTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditTable.setWordWrap(False)

        self.browserLayout.addWidget(self.auditTable)

        self.pagingLayout = QHBoxLayout()
        self.pagingLayout.setObjectName(u"pagingLayout")
        self.countLabel = QLabel(self.browser)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.PlainText)

        self.pagingLayout.addWidget(self.countLabel)

        self.pagingSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pagingLayout.addItem(self.pagingSpacer)

        self.openButton = QPushButton(self.browser)
        self.openButton.setObjectName(u"openButton")

        self.pagingLayout.addWidget(self.openButton)

        self.loadMoreButton = QPushButton(self.browser)
        self.loadMoreButton.setObjectName(u"loadMoreButton")

        self.pagingLayout.addWidget(self.loadMoreButton)


        self.browserLayout.addLayout(self.pagingLayout)

        self.chainGroup = QGroupBox(self.browser)
        self.chainGroup.setObjectName(u"chainGroup")
        self.chainLayout = QVBoxLayout(self.chainGroup)
        self.chainLayout.setObjectName(u"chainLayout")
        self.headLayout = QHBoxLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.headLabel = QLabel(self.chainGroup)
        self.headLabel.setObjectName(u"headLabel")

        self.headLayout.addWidget(self.headLabel)

        self.headEdit = QLineEdit(self.chainGroup)
        self.headEdit.setObjectName(u"headEdit")
        self.headEdit.setReadOnly(True)

        self.headLayout.addWidget(self.headEdit)

        self.copyHeadButton = QPushButton(self.chainGroup)
        self.copyHeadButton.setObjectName(u"copyHeadButton")

        self.headLayout.addWidget(self.copyHeadButton)

        self.verifyButton = QPushButton(self.chainGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.headLayout.addWidget(self.verifyButton)


        self.chainLayout.addLayout(self.headLayout)

        self.verdictLabel = QLabel(self.chainGroup)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextFormat(Qt.PlainText)
        self.verdictLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.chainLayout.addWidget(self.verdictLabel)


        self.browserLayout.addWidget(self.chainGroup)


        self.auditLayout.addWidget(self.browser)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.entityLabel.setBuddy(self.entityCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.headLabel.setBuddy(self.headEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.auditTable)
        QWidget.setTabOrder(self.auditTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.loadMoreButton)
        QWidget.setTabOrder(self.loadMoreButton, self.headEdit)
        QWidget.setTabOrder(self.headEdit, self.copyHeadButton)
        QWidget.setTabOrder(self.copyHeadButton, self.verifyButton)

        self.retranslateUi(AuditWindow)

        QMetaObject.connectSlotsByName(AuditWindow)
    # setupUi

    def retranslateUi(self, AuditWindow):
        AuditWindow.setWindowTitle(QCoreApplication.translate("AuditWindow", u"Audit log", None))
        self.userLabel.setText(QCoreApplication.translate("AuditWindow", u"&User", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditWindow", u"Ac&tion", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditWindow", u"&Record", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditWindow", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("AuditWindow", u"T&o", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("AuditWindow", u"C&lear", None))
        self.openButton.setText(QCoreApplication.translate("AuditWindow", u"O&pen departure", None))
        self.loadMoreButton.setText(QCoreApplication.translate("AuditWindow", u"Load &more", None))
        self.chainGroup.setTitle(QCoreApplication.translate("AuditWindow", u"Hash chain", None))
        self.headLabel.setText(QCoreApplication.translate("AuditWindow", u"&Head hash", None))
        self.copyHeadButton.setText(QCoreApplication.translate("AuditWindow", u"&Copy", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditWindow", u"&Verify chain", None))
    # retranslateUi

