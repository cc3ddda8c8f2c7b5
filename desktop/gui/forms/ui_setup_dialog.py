# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 420)
        self.layout = QVBoxLayout(SetupDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.introLabel)

        self.officeGroup = QGroupBox(SetupDialog)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeFields = QFormLayout(self.officeGroup)
        self.officeFields.setObjectName(u"officeFields")
        self.officeLabel = QLabel(self.officeGroup)
        self.officeLabel.setObjectName(u"officeLabel")

        self.officeFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(self.officeGroup)
        self.officeCombo.setObjectName(u"officeCombo")

        self.officeFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeCombo)

        self.newCodeLabel = QLabel(self.officeGroup)
        self.newCodeLabel.setObjectName(u"newCodeLabel")

        self.officeFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newCodeLabel)

        self.newCodeEdit = QLineEdit(self.officeGroup)
        self.newCodeEdit.setObjectName(u"newCodeEdit")
        self.newCodeEdit.setMaxLength(3)

        self.officeFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newCodeEdit)

        self.newNameLabel = QLabel(self.officeGroup)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.officeFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newNameLabel)

        self.newNameEdit = QLineEdit(self.officeGroup)
        self.newNameEdit.setObjectName(u"newNameEdit")

        self.officeFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newNameEdit)


        self.layout.addWidget(self.officeGroup)

        self.adminGroup = QGroupBox(SetupDialog)
        self.adminGroup.setObjectName(u"adminGroup")
        self.adminFields = QFormLayout(self.adminGroup)
        self.adminFields.setObjectName(u"adminFields")
        self.adminLabel = QLabel(self.adminGroup)
        self.adminLabel.setObjectName(u"adminLabel")

        self.adminFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminLabel)

        self.adminEdit = QLineEdit(self.adminGroup)
        self.adminEdit.setObjectName(u"adminEdit")

        self.adminFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminEdit)

        self.fullNameLabel = QLabel(self.adminGroup)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.adminFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.adminGroup)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.adminFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.designationLabel = QLabel(self.adminGroup)
        self.designationLabel.setObjectName(u"designationLabel")

        self.adminFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.designationLabel)

        self.designationEdit = QLineEdit(self.adminGroup)
        self.designationEdit.setObjectName(u"designationEdit")

        self.adminFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.designationEdit)

        self.passwordLabel = QLabel(self.adminGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.adminGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.adminFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.adminGroup)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.adminFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.adminGroup)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.adminFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addWidget(self.adminGroup)

        self.messageLabel = QLabel(SetupDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeLabel.setBuddy(self.officeCombo)
        self.newCodeLabel.setBuddy(self.newCodeEdit)
        self.newNameLabel.setBuddy(self.newNameEdit)
        self.adminLabel.setBuddy(self.adminEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.designationLabel.setBuddy(self.designationEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeCombo, self.newCodeEdit)
        QWidget.setTabOrder(self.newCodeEdit, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.adminEdit)
        QWidget.setTabOrder(self.adminEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.designationEdit)
        QWidget.setTabOrder(self.designationEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.buttonBox)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set up Rawangi", None))
        self.officeGroup.setTitle(QCoreApplication.translate("SetupDialog", u"The office this PC serves", None))
        self.officeLabel.setText(QCoreApplication.translate("SetupDialog", u"&Office", None))
        self.newCodeLabel.setText(QCoreApplication.translate("SetupDialog", u"New office &code", None))
        self.newCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. MUX", None))
        self.newNameLabel.setText(QCoreApplication.translate("SetupDialog", u"New office &name", None))
        self.newNameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. Multan", None))
        self.adminGroup.setTitle(QCoreApplication.translate("SetupDialog", u"The first administrator", None))
        self.adminLabel.setText(QCoreApplication.translate("SetupDialog", u"&User name", None))
        self.fullNameLabel.setText(QCoreApplication.translate("SetupDialog", u"&Full name", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"as printed on manifests, e.g. Amina Khatoon", None))
#if QT_CONFIG(tooltip)
        self.fullNameEdit.setToolTip(QCoreApplication.translate("SetupDialog", u"Printed in the signature blocks of the manifests this user prepares or verifies", None))
#endif // QT_CONFIG(tooltip)
        self.designationLabel.setText(QCoreApplication.translate("SetupDialog", u"&Designation", None))
        self.designationEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. Data Entry Clerk", None))
#if QT_CONFIG(tooltip)
        self.designationEdit.setToolTip(QCoreApplication.translate("SetupDialog", u"Printed in the signature blocks of the manifests this user prepares or verifies", None))
#endif // QT_CONFIG(tooltip)
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"&Password", None))
        self.repeatLabel.setText(QCoreApplication.translate("SetupDialog", u"&Repeat password", None))
    # retranslateUi

