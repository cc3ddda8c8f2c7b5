# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contingent_reason_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ContingentReasonDialog(object):
    def setupUi(self, ContingentReasonDialog):
        if not ContingentReasonDialog.objectName():
            ContingentReasonDialog.setObjectName(u"ContingentReasonDialog")
        ContingentReasonDialog.resize(480, 280)
        self.dialogLayout = QVBoxLayout(ContingentReasonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ContingentReasonDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.detailsLabel = QLabel(ContingentReasonDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.detailsLabel)

        self.reasonLabel = QLabel(ContingentReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ContingentReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasonEdit)

        self.messageLabel = QLabel(ContingentReasonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ContingentReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(ContingentReasonDialog)

        QMetaObject.connectSlotsByName(ContingentReasonDialog)
    # setupUi

    def retranslateUi(self, ContingentReasonDialog):
        ContingentReasonDialog.setWindowTitle(QCoreApplication.translate("ContingentReasonDialog", u"Give a reason", None))
        self.reasonLabel.setText(QCoreApplication.translate("ContingentReasonDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ContingentReasonDialog", u"Why (kept in the audit log with your name)", None))
    # retranslateUi

