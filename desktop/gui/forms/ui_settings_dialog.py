# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 380)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.pcGroup = QGroupBox(SettingsDialog)
        self.pcGroup.setObjectName(u"pcGroup")
        self.pcFields = QFormLayout(self.pcGroup)
        self.pcFields.setObjectName(u"pcFields")
        self.languageLabel = QLabel(self.pcGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.pcFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.pcGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.pcFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.layout.addWidget(self.pcGroup)

        self.officeGroup = QGroupBox(SettingsDialog)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeFields = QFormLayout(self.officeGroup)
        self.officeFields.setObjectName(u"officeFields")
        self.idleLabel = QLabel(self.officeGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.officeFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.officeGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(120)

        self.officeFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.validityLabel = QLabel(self.officeGroup)
        self.validityLabel.setObjectName(u"validityLabel")

        self.officeFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.validityLabel)

        self.validitySpin = QSpinBox(self.officeGroup)
        self.validitySpin.setObjectName(u"validitySpin")
        self.validitySpin.setMinimum(0)
        self.validitySpin.setMaximum(24)

        self.officeFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.validitySpin)

        self.paperLabel = QLabel(self.officeGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.officeFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.officeGroup)
        self.paperCombo.setObjectName(u"paperCombo")

        self.officeFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.urduLabel = QLabel(self.officeGroup)
        self.urduLabel.setObjectName(u"urduLabel")

        self.officeFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.urduLabel)

        self.urduNamesCheck = QCheckBox(self.officeGroup)
        self.urduNamesCheck.setObjectName(u"urduNamesCheck")

        self.officeFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.urduNamesCheck)


        self.layout.addWidget(self.officeGroup)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.idleLabel.setBuddy(self.idleSpin)
        self.validityLabel.setBuddy(self.validitySpin)
        self.paperLabel.setBuddy(self.paperCombo)
        self.urduLabel.setBuddy(self.urduNamesCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.validitySpin)
        QWidget.setTabOrder(self.validitySpin, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.urduNamesCheck)
        QWidget.setTabOrder(self.urduNamesCheck, self.buttonBox)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.pcGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"This PC", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.officeGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Office (admins)", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock the screen after &idle minutes", None))
        self.validityLabel.setText(QCoreApplication.translate("SettingsDialog", u"Passport &validity warning (months)", None))
        self.paperLabel.setText(QCoreApplication.translate("SettingsDialog", u"Manifest &paper", None))
        self.urduLabel.setText(QCoreApplication.translate("SettingsDialog", u"Manifest &Urdu name column", None))
    # retranslateUi

