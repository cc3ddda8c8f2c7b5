# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_VerifyWindow(object):
    def setupUi(self, VerifyWindow):
        if not VerifyWindow.objectName():
            VerifyWindow.setObjectName(u"VerifyWindow")
        VerifyWindow.resize(720, 560)
        self.layout = QVBoxLayout(VerifyWindow)
        self.layout.setObjectName(u"layout")
        self.trustRow = QHBoxLayout()
        self.trustRow.setObjectName(u"trustRow")
        self.trustLabel = QLabel(VerifyWindow)
        self.trustLabel.setObjectName(u"trustLabel")
        self.trustLabel.setTextFormat(Qt.PlainText)
        self.trustLabel.setWordWrap(True)
        self.trustLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.trustRow.addWidget(self.trustLabel)

        self.trustButton = QPushButton(VerifyWindow)
        self.trustButton.setObjectName(u"trustButton")

        self.trustRow.addWidget(self.trustButton)

        self.trustRow.setStretch(0, 1)

        self.layout.addLayout(self.trustRow)

        self.codeLabel = QLabel(VerifyWindow)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setWordWrap(True)

        self.layout.addWidget(self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeEdit = QLineEdit(VerifyWindow)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.codeRow.addWidget(self.codeEdit)

        self.verifyButton = QPushButton(VerifyWindow)
        self.verifyButton.setObjectName(u"verifyButton")

        self.codeRow.addWidget(self.verifyButton)


        self.layout.addLayout(self.codeRow)

        self.verdictLabel = QLabel(VerifyWindow)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setTextFormat(Qt.PlainText)
        self.verdictLabel.setAlignment(Qt.AlignCenter)

        self.layout.addWidget(self.verdictLabel)

        self.messageLabel = QLabel(VerifyWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.fieldsTable = QTableWidget(VerifyWindow)
        if (self.fieldsTable.columnCount() < 2):
            self.fieldsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.fieldsTable.setColumnCount(2)
        self.fieldsTable.horizontalHeader().setStretchLastSection(True)
        self.fieldsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.fieldsTable)

        self.bottomSpace = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpace)

        self.layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.fieldsTable)
        QWidget.setTabOrder(self.fieldsTable, self.trustButton)

        self.retranslateUi(VerifyWindow)

        QMetaObject.connectSlotsByName(VerifyWindow)
    # setupUi

    def retranslateUi(self, VerifyWindow):
        VerifyWindow.setWindowTitle(QCoreApplication.translate("VerifyWindow", u"Verify a document", None))
        self.trustButton.setText(QCoreApplication.translate("VerifyWindow", u"&Trust list\u2026", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyWindow", u"&Scan the QR code of a manifest or a departure slip (or type its text and press Enter):", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VerifyWindow", u"RW1:\u2026 \u2014 scan here", None))
        self.verifyButton.setText(QCoreApplication.translate("VerifyWindow", u"&Verify", None))
        ___qtablewidgetitem = self.fieldsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VerifyWindow", u"Signed field", None))
        ___qtablewidgetitem1 = self.fieldsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VerifyWindow", u"Value", None))
    # retranslateUi

