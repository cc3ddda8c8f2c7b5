# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_view.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTextBrowser, QVBoxLayout, QWidget)

from desktop.gui.widgets import (DateEdit, RegisterTable)

class Ui_RegisterView(object):
    def setupUi(self, RegisterView):
        if not RegisterView.objectName():
            RegisterView.setObjectName(u"RegisterView")
        RegisterView.resize(1200, 700)
        self.registerLayout = QVBoxLayout(RegisterView)
        self.registerLayout.setObjectName(u"registerLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(RegisterView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(280, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.statusLabel = QLabel(RegisterView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(RegisterView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.destinationLabel = QLabel(RegisterView)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.filterLayout.addWidget(self.destinationLabel)

        self.destinationCombo = QComboBox(RegisterView)
        self.destinationCombo.setObjectName(u"destinationCombo")
        self.destinationCombo.setEditable(True)
        self.destinationCombo.setMinimumSize(QSize(150, 0))

        self.filterLayout.addWidget(self.destinationCombo)

        self.fromLabel = QLabel(RegisterView)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDateEdit = DateEdit(RegisterView)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setMinimumSize(QSize(96, 0))

        self.filterLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(RegisterView)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDateEdit = DateEdit(RegisterView)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setMinimumSize(QSize(96, 0))

        self.filterLayout.addWidget(self.toDateEdit)

        self.officeLabel = QLabel(RegisterView)
        self.officeLabel.setObjectName(u"officeLabel")

        self.filterLayout.addWidget(self.officeLabel)

        self.officeCombo = QComboBox(RegisterView)
        self.officeCombo.setObjectName(u"officeCombo")

        self.filterLayout.addWidget(self.officeCombo)

        self.clearFiltersButton = QPushButton(RegisterView)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterLayout.addWidget(self.clearFiltersButton)


        self.registerLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(RegisterView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.registerTable = RegisterTable(self.splitter)
        self.registerTable.setObjectName(u"registerTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.registerTable.sizePolicy().hasHeightForWidth())
        self.registerTable.setSizePolicy(sizePolicy)
        self.registerTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.registerTable.setSortingEnabled(True)
        self.registerTable.setWordWrap(False)
        self.splitter.addWidget(self.registerTable)
        self.historyGroup = QGroupBox(self.splitter)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTitle = QLabel(self.historyGroup)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setWordWrap(True)
        self.historyTitle.setTextFormat(Qt.PlainText)

        self.historyLayout.addWidget(self.historyTitle)

        self.historyText = QTextBrowser(self.historyGroup)
        self.historyText.setObjectName(u"historyText")
        self.historyText.setOpenLinks(False)

        self.historyLayout.addWidget(self.historyText)

        self.splitter.addWidget(self.historyGroup)

        self.registerLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(RegisterView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.PlainText)

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.openButton = QPushButton(RegisterView)
        self.openButton.setObjectName(u"openButton")

        self.bottomLayout.addWidget(self.openButton)

        self.statusButton = QPushButton(RegisterView)
        self.statusButton.setObjectName(u"statusButton")

        self.bottomLayout.addWidget(self.statusButton)


        self.registerLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.officeLabel.setBuddy(self.officeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.destinationCombo)
        QWidget.setTabOrder(self.destinationCombo, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.officeCombo)
        QWidget.setTabOrder(self.officeCombo, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.registerTable)
        QWidget.setTabOrder(self.registerTable, self.historyText)
        QWidget.setTabOrder(self.historyText, self.openButton)
        QWidget.setTabOrder(self.openButton, self.statusButton)

        self.retranslateUi(RegisterView)

        QMetaObject.connectSlotsByName(RegisterView)
    # setupUi

    def retranslateUi(self, RegisterView):
        RegisterView.setWindowTitle(QCoreApplication.translate("RegisterView", u"Register", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterView", u"Search by CNIC, passport no. or name", None))
        self.statusLabel.setText(QCoreApplication.translate("RegisterView", u"&Status", None))
        self.destinationLabel.setText(QCoreApplication.translate("RegisterView", u"Destinat&ion", None))
        self.fromLabel.setText(QCoreApplication.translate("RegisterView", u"Fro&m", None))
        self.toLabel.setText(QCoreApplication.translate("RegisterView", u"&To", None))
        self.officeLabel.setText(QCoreApplication.translate("RegisterView", u"Offic&e", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("RegisterView", u"C&lear", None))
        self.historyGroup.setTitle(QCoreApplication.translate("RegisterView", u"History", None))
        self.openButton.setText(QCoreApplication.translate("RegisterView", u"&Open", None))
        self.statusButton.setText(QCoreApplication.translate("RegisterView", u"Change stat&us\u2026", None))
    # retranslateUi

