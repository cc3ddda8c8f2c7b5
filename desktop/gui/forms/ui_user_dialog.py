# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(420, 320)
        self.dialogLayout = QVBoxLayout(UserDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(UserDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(UserDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(UserDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(32)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.fullNameLabel = QLabel(UserDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(UserDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.designationLabel = QLabel(UserDialog)
        self.designationLabel.setObjectName(u"designationLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.designationLabel)

        self.designationEdit = QLineEdit(UserDialog)
        self.designationEdit.setObjectName(u"designationEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.designationEdit)

        self.roleLabel = QLabel(UserDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.officeLabel = QLabel(UserDialog)
        self.officeLabel.setObjectName(u"officeLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(UserDialog)
        self.officeCombo.setObjectName(u"officeCombo")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(UserDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(UserDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.fields)

        self.messageLabel = QLabel(UserDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.designationLabel.setBuddy(self.designationEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.officeLabel.setBuddy(self.officeCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.designationEdit)
        QWidget.setTabOrder(self.designationEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.officeCombo)
        QWidget.setTabOrder(self.officeCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.buttonBox)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"User", None))
        self.nameLabel.setText(QCoreApplication.translate("UserDialog", u"User &name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"lower case, e.g. amina.k", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Full name", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"as printed on manifests, e.g. Amina Khatoon", None))
#if QT_CONFIG(tooltip)
        self.fullNameEdit.setToolTip(QCoreApplication.translate("UserDialog", u"Printed in the signature blocks of the manifests this user prepares or verifies", None))
#endif // QT_CONFIG(tooltip)
        self.designationLabel.setText(QCoreApplication.translate("UserDialog", u"&Designation", None))
        self.designationEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"e.g. Data Entry Clerk", None))
#if QT_CONFIG(tooltip)
        self.designationEdit.setToolTip(QCoreApplication.translate("UserDialog", u"Printed in the signature blocks of the manifests this user prepares or verifies", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&Role", None))
        self.officeLabel.setText(QCoreApplication.translate("UserDialog", u"&Office", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"&Password", None))
        self.repeatLabel.setText(QCoreApplication.translate("UserDialog", u"Password &again", None))
    # retranslateUi

