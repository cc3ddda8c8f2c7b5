# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ServerPasswordDialog(object):
    def setupUi(self, ServerPasswordDialog):
        if not ServerPasswordDialog.objectName():
            ServerPasswordDialog.setObjectName(u"ServerPasswordDialog")
        ServerPasswordDialog.resize(460, 180)
        self.layout = QVBoxLayout(ServerPasswordDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ServerPasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.passwordLabel = QLabel(ServerPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ServerPasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.fields)

        self.buttonBox = QDialogButtonBox(ServerPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.buttonBox)

        self.retranslateUi(ServerPasswordDialog)

        QMetaObject.connectSlotsByName(ServerPasswordDialog)
    # setupUi

    def retranslateUi(self, ServerPasswordDialog):
        ServerPasswordDialog.setWindowTitle(QCoreApplication.translate("ServerPasswordDialog", u"The office server's password", None))
        self.passwordLabel.setText(QCoreApplication.translate("ServerPasswordDialog", u"&Password", None))
    # retranslateUi

